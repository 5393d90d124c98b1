using System.Collections.Immutable;
using Codegen.Generator;
using Codegen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Codegen.Cli;

/// <summary>The result of a run: generated files (hint name → text), diagnostics, and the spec files read.</summary>
internal sealed record HostResult(
    IReadOnlyList<KeyValuePair<string, string>> Files,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<string> InputFiles)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Runs <see cref="OpenApiClientGenerator"/> through Roslyn's GeneratorDriver, outside the compiler:
/// the spec and every file its $refs reach become additional files, the options become item metadata.
/// </summary>
internal static class GeneratorHost
{
    public static HostResult Run(GenerationRequest request, CancellationToken cancellationToken)
    {
        var specPath = SpecPath.Normalize(Path.GetFullPath(request.SpecPath));
        var specText = File.ReadAllText(specPath);

        // The loader finds every file the spec reaches, with the same rules the generator applies.
        var load = SpecLoader.Load(specPath, specText, ReadIfExists, new SpecLoadOptions(request.AllowExternalReferences));
        var texts = load.FilePaths
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, path == specPath ? specText : File.ReadAllText(path)))
            .ToImmutableArray();
        if (texts.IsEmpty)
        {
            texts = [new InMemoryAdditionalText(specPath, specText)];
        }

        var metadata = new Dictionary<string, string>
        {
            [OpenApiClientGenerator.NamespaceMetadata] = request.Namespace,
            [OpenApiClientGenerator.InterfacePerTagMetadata] = request.InterfacePerTag ? "true" : "false",
            [OpenApiClientGenerator.AllowExternalReferencesMetadata] = request.AllowExternalReferences ? "true" : "false",
        };
        if (request.ClientName is { } clientName)
        {
            metadata[OpenApiClientGenerator.ClientNameMetadata] = clientName;
        }

        var driver = CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            texts,
            CSharpParseOptions.Default,
            new FileOptionsProvider(specPath, metadata));
        var compilation = CSharpCompilation.Create("Codegen.Host");
        var result = driver.RunGenerators(compilation, cancellationToken).GetRunResult();

        var files = result.Results
            .SelectMany(r => r.GeneratedSources)
            .Select(s => new KeyValuePair<string, string>(s.HintName, s.SourceText.ToString()))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        var diagnostics = result.Diagnostics.AddRange(result.Results.Where(r => r.Exception is not null).Select(r => GeneratorCrash(r.Exception!)));
        return new HostResult(files, diagnostics, load.FilePaths.ToList());
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
