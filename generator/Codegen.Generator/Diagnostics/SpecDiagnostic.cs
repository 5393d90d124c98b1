using System.Linq;
using Codegen.Generator.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Codegen.Generator.Diagnostics;

/// <summary>A problem found in a spec, kept as plain data so pipeline results stay equatable.</summary>
/// <remarks>
/// Equality contract: value equality over the descriptor id, the location and the message arguments.
/// Roslyn's <see cref="Diagnostic"/> and <see cref="Location"/> are created only when reporting.
/// </remarks>
internal sealed record SpecDiagnostic(string Id, SourceLocation? Location, ImmutableEquatableArray<string> MessageArgs)
{
    public static SpecDiagnostic Create(DiagnosticDescriptor descriptor, SourceLocation? location, params string[] messageArgs)
        => new(descriptor.Id, location, messageArgs.Select(DiagnosticText.Sanitize).ToImmutableEquatableArray());

    public DiagnosticDescriptor Descriptor => DiagnosticDescriptors.ById(Id);

    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public Diagnostic ToDiagnostic()
    {
        var location = Location is not { } at
            ? Microsoft.CodeAnalysis.Location.None
            : Microsoft.CodeAnalysis.Location.Create(
                at.FilePath,
                default(TextSpan),
                new LinePositionSpan(
                    new LinePosition(at.Line - 1, at.Column - 1),
                    new LinePosition(at.Line - 1, at.Column - 1)));
        return Diagnostic.Create(Descriptor, location, MessageArgs.Cast<object>().ToArray());
    }
}
