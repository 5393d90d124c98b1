using System.Collections.Immutable;
using Codegen.Generator;
using Codegen.Generator.Binding;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Codegen.Cli;

/// <summary>The result of a run: the bound model to emit the files from, diagnostics, and the spec files read.</summary>
/// <param name="Model">The client to generate; null when the run failed: the generator reported an error, or failed itself.</param>
/// <param name="Diagnostics">What the generator reported, or the one diagnostic of its failure.</param>
/// <param name="InputFiles">The spec files read: the spec and those its $refs reach.</param>
internal sealed record HostResult(
    ClientModel? Model,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<string> InputFiles)
{
    public bool HasErrors => Model is null;
}

/// <summary>
/// Runs the generator's pipeline (<see cref="CodegenPipeline"/>) on a spec on disk as far as the bound model: parse and
/// bind. The spec and each file its $refs reach are read from disk once, as the parse stage asks for them. The files are
/// emitted as they are written (<see cref="OutputDirectory"/>), one at a time, so the tool never holds them all.
/// </summary>
internal static class GeneratorHost
{
    public static HostResult Run(GenerationRequest request, CancellationToken cancellationToken)
    {
        var specPath = SpecPath.Normalize(Path.GetFullPath(request.SpecPath));
        var specText = File.ReadAllText(specPath);
        var options = new GeneratorOptions(
            request.Namespace,
            string.IsNullOrWhiteSpace(request.ClientName) ? null : request.ClientName,
            request.InterfacePerTag,
            request.AllowExternalReferences,
            request.OmitHeaders.Count == 0 ? null : request.OmitHeaders.ToImmutableEquatableArray());

        IReadOnlyList<string> inputFiles = [];
        try
        {
            var parsed = CodegenPipeline.Parse(specPath, specText, ReadIfExists, options);
            inputFiles = parsed.InputFiles;
            cancellationToken.ThrowIfCancellationRequested();
            var model = CodegenPipeline.Bind(parsed, options);
            cancellationToken.ThrowIfCancellationRequested();
            var diagnostics = model.Diagnostics.Select(d => d.ToDiagnostic()).ToImmutableArray();
            return new HostResult(model.Diagnostics.Any(d => d.IsError) ? null : model, diagnostics, inputFiles);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // As the compiler would: a generator bug becomes one diagnostic, and the files read are still reported.
            return new HostResult(null, [GeneratorCrash(exception)], inputFiles);
        }
    }

    /// <summary>A referenced file that cannot be read is reported by the generator at the $ref that names it (OAG0009).</summary>
    private static string? ReadIfExists(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A generator exception is a bug of ours; it is still reported as a diagnostic line, not a stack trace.</summary>
    public static Diagnostic GeneratorCrash(Exception exception) => Diagnostic.Create(
        Codegen.Generator.Diagnostics.DiagnosticDescriptors.GeneratorFailure,
        Location.None,
        Codegen.Generator.Diagnostics.DiagnosticText.Sanitize(exception.GetType().Name + ": " + exception.Message));
}
