using System.Collections.Immutable;
using Codegen.Generator;
using Codegen.Generator.Binding;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;
using Codegen.Generator.Emitting;
using Codegen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Codegen.Cli;

/// <summary>The result of a run: generated files under their hint names, diagnostics, and the spec files read.</summary>
internal sealed record HostResult(
    IReadOnlyList<KeyValuePair<string, GeneratedFile>> Files,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<string> InputFiles)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Runs the generator's pipeline (<see cref="CodegenPipeline"/>: parse, bind, emit) on a spec on disk. The spec and
/// each file its $refs reach are read from disk once, as the parse stage asks for them.
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
            var files = model.Diagnostics.Any(d => d.IsError) ? [] : UnderHintNames(model, CodegenPipeline.Emit(model));
            return new HostResult(files, diagnostics, inputFiles);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // As the compiler would: a generator bug becomes one diagnostic, and the files read are still reported.
            return new HostResult([], [GeneratorCrash(exception)], inputFiles);
        }
    }

    /// <summary>
    /// The files under their hint names, in ordinal order: the order <see cref="CodegenPipeline.Emit"/> gives them in, which
    /// the one namespace prefix every hint name gets does not change.
    /// </summary>
    private static List<KeyValuePair<string, GeneratedFile>> UnderHintNames(ClientModel model, ImmutableEquatableArray<GeneratedFile> emitted)
    {
        var named = new List<KeyValuePair<string, GeneratedFile>>(emitted.Count);
        foreach (var file in emitted)
        {
            named.Add(new KeyValuePair<string, GeneratedFile>(CodegenPipeline.HintName(model, file), file));
        }

        return named;
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
