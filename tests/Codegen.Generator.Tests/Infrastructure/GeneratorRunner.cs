using Codegen.Generator;
using Codegen.Generator.Binding;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Codegen.Generator.Tests.Infrastructure;

/// <summary>The outcome of running the generator: files by hint name, and diagnostics formatted the way MSBuild prints them.</summary>
public sealed record GeneratorOutput(IReadOnlyList<(string HintName, string Text)> Files, IReadOnlyList<string> Diagnostics)
{
    /// <summary>The text of the one file named <paramref name="fileName"/> ("IPetsApi.g.cs"), whatever the namespace before it.</summary>
    public string FileText(string fileName) => Files.Single(f => f.HintName.EndsWith("." + fileName, StringComparison.Ordinal)).Text;
}

/// <summary>
/// Runs the generator's pipeline (<see cref="CodegenPipeline"/>: parse, bind, emit), the one function the host tool
/// runs too, on files held in memory.
/// </summary>
public static class GeneratorRunner
{
    /// <summary>Generates from a spec on disk, giving every YAML/JSON file in its folder tree as an additional file.</summary>
    public static GeneratorOutput RunOnFile(string specPath, string @namespace = "Generated.Client", string? clientName = null, bool interfacePerTag = false, bool allowExternalReferences = false, IReadOnlyList<string>? omitHeaders = null)
    {
        var fullPath = SpecPath.Normalize(Path.GetFullPath(specPath));
        var folder = Path.GetDirectoryName(allowExternalReferences ? Path.GetDirectoryName(fullPath)! : fullPath)!;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => (Path: SpecPath.Normalize(Path.GetFullPath(f)), Text: File.ReadAllText(f)))
            .ToList();
        return Run(fullPath, files, @namespace, clientName, interfacePerTag, allowExternalReferences, omitHeaders);
    }

    /// <summary>Generates from in-memory text, as if the spec were the file <paramref name="path"/>.</summary>
    public static GeneratorOutput RunOnText(string text, string path = "/specs/test.yaml", string @namespace = "Generated.Client", string? clientName = null, bool interfacePerTag = false)
        => Run(path, [(path, text)], @namespace, clientName, interfacePerTag, allowExternalReferences: false);

    public static GeneratorOutput Run(string specPath, IReadOnlyList<(string Path, string Text)> files, string @namespace, string? clientName, bool interfacePerTag, bool allowExternalReferences, IReadOnlyList<string>? omitHeaders = null)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            byPath[SpecPath.Normalize(path)] = text;
        }

        var spec = SpecPath.Normalize(specPath);
        var options = new GeneratorOptions(@namespace, string.IsNullOrWhiteSpace(clientName) ? null : clientName, interfacePerTag, allowExternalReferences, omitHeaders?.ToImmutableEquatableArray());
        try
        {
            var (model, generated) = CodegenPipeline.Run(spec, byPath.TryGetValue(spec, out var specText) ? specText : string.Empty, path => byPath.TryGetValue(path, out var text) ? text : null, options);
            var outputFiles = generated
                .Select(file => (CodegenPipeline.HintName(model, file), file.Text))
                .OrderBy(file => file.Item1, StringComparer.Ordinal)
                .ToList();
            return new GeneratorOutput(outputFiles, model.Diagnostics.Select(d => Format(d.ToDiagnostic())).ToList());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InvalidOperationException("The generator threw: " + exception, exception);
        }
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
}
