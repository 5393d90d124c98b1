using System.Collections.Immutable;
using Codegen.Generator;
using Codegen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Codegen.Generator.Tests.Infrastructure;

/// <summary>The outcome of running the generator: files by hint name, and diagnostics formatted the way MSBuild prints them.</summary>
public sealed record GeneratorOutput(IReadOnlyList<(string HintName, string Text)> Files, IReadOnlyList<string> Diagnostics, GeneratorDriver Driver);

/// <summary>Runs <see cref="OpenApiClientGenerator"/> through Roslyn's GeneratorDriver, like the build's host tool does.</summary>
public static class GeneratorRunner
{
    /// <summary>Generates from a spec on disk, giving every YAML/JSON file in its folder tree as an additional file.</summary>
    public static GeneratorOutput RunOnFile(string specPath, string @namespace = "Generated.Client", string? clientName = null, bool interfacePerTag = false, bool allowExternalReferences = false)
    {
        var fullPath = SpecPath.Normalize(Path.GetFullPath(specPath));
        var folder = Path.GetDirectoryName(allowExternalReferences ? Path.GetDirectoryName(fullPath)! : fullPath)!;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => (Path: SpecPath.Normalize(Path.GetFullPath(f)), Text: File.ReadAllText(f)))
            .ToList();
        return Run(fullPath, files, @namespace, clientName, interfacePerTag, allowExternalReferences);
    }

    /// <summary>Generates from in-memory text, as if the spec were the file <paramref name="path"/>.</summary>
    public static GeneratorOutput RunOnText(string text, string path = "/specs/test.yaml", string @namespace = "Generated.Client", string? clientName = null, bool interfacePerTag = false)
        => Run(path, [(path, text)], @namespace, clientName, interfacePerTag, allowExternalReferences: false);

    public static GeneratorOutput Run(string specPath, IReadOnlyList<(string Path, string Text)> files, string @namespace, string? clientName, bool interfacePerTag, bool allowExternalReferences, GeneratorDriver? previous = null)
    {
        var metadata = new Dictionary<string, string>
        {
            [OpenApiClientGenerator.NamespaceMetadata] = @namespace,
            [OpenApiClientGenerator.InterfacePerTagMetadata] = interfacePerTag ? "true" : "false",
            [OpenApiClientGenerator.AllowExternalReferencesMetadata] = allowExternalReferences ? "true" : "false",
        };
        if (clientName is not null)
        {
            metadata[OpenApiClientGenerator.ClientNameMetadata] = clientName;
        }

        var texts = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var driver = previous ?? CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            texts,
            CSharpParseOptions.Default,
            new TestOptionsProvider(specPath, metadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        driver = driver.RunGenerators(CSharpCompilation.Create("Test"));
        var result = driver.GetRunResult();
        var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        if (exception is not null)
        {
            throw new InvalidOperationException("The generator threw: " + exception, exception);
        }

        var generated = result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(f => f.HintName, StringComparer.Ordinal)
            .ToList();
        var diagnostics = result.Diagnostics.Select(Format).ToList();
        return new GeneratorOutput(generated, diagnostics, driver);
    }

    /// <summary>file(line,col): severity ID: message, with the file name only so results do not depend on the machine.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        return span.IsValid && !string.IsNullOrEmpty(span.Path)
            ? $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {message}"
            : $"{severity} {diagnostic.Id}: {message}";
    }

    private sealed class TestAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class TestOptionsProvider(string specPath, IReadOnlyDictionary<string, string> specOptions) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions None = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => string.Equals(SpecPath.Normalize(textFile.Path), SpecPath.Normalize(specPath), StringComparison.Ordinal) ? new Options(specOptions) : None;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
