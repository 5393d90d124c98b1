using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Codegen.Generator.Tests.Infrastructure;

/// <summary>The result of compiling generated code: every warning and error, and the assembly when it compiled.</summary>
public sealed record CompiledOutput(IReadOnlyList<string> Diagnostics, Assembly? Assembly, IReadOnlyList<string> GeneratorOutputNames);

/// <summary>
/// Compiles generated files the way a consuming project would: C# latest, nullable on, XML docs
/// checked, and Refit's and System.Text.Json's source generators running over them.
/// </summary>
public static class GeneratedCodeCompiler
{
    /// <summary>
    /// The symbols the SDK defines for a net10.0 project. Generated code branches on them (Refit registers
    /// its generated factories under #if NET5_0_OR_GREATER), so without them the test compiles different code.
    /// </summary>
    private static readonly string[] TargetFrameworkSymbols =
        ["NET", "NET10_0", "NETCOREAPP", .. Enumerable.Range(5, 6).Select(v => $"NET{v}_0_OR_GREATER"), "NETCOREAPP3_1_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP1_0_OR_GREATER"];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose, preprocessorSymbols: TargetFrameworkSymbols);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);
    private static readonly Lazy<ImmutableArray<ISourceGenerator>> SourceGenerators = new(LoadSourceGenerators);
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadAnalyzers);

    /// <param name="reportMissingDocs">Report CS1591 (a public member without a doc comment), as a build with GenerateDocumentationFile does.</param>
    public static CompiledOutput Compile(IEnumerable<(string HintName, string Text)> files, bool load = false, IEnumerable<string>? extraSources = null, bool reportMissingDocs = false)
    {
        var trees = files.Select(f => Parse(f.HintName, f.Text))
            .Concat((extraSources ?? []).Select((s, i) => Parse($"Extra{i}.cs", s)))
            .ToList();
        var result = CompileTrees(trees, load, reportMissingDocs);
        var diagnostics = result.Diagnostics
            .Select(d => d.ToString())
            .Distinct()
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        var generatorNames = result.Compilation.SyntaxTrees.Except(trees).Select(t => Path.GetFileName(t.FilePath)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return new CompiledOutput(diagnostics, result.Assembly, generatorNames);
    }

    /// <summary>A source file parsed as a net10.0 project parses it.</summary>
    internal static SyntaxTree Parse(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: path);

    /// <summary>
    /// Runs Refit's and System.Text.Json's generators over <paramref name="trees"/>, compiles, and runs Refit's analyzer:
    /// every warning and error, the compilation with the generators' output, and the assembly when asked for (then emitted and loaded).
    /// </summary>
    internal static (IReadOnlyList<Diagnostic> Diagnostics, Compilation Compilation, Assembly? Assembly) CompileTrees(IReadOnlyList<SyntaxTree> trees, bool load, bool reportMissingDocs = false)
    {
        var compilation = CSharpCompilation.Create(
            "GeneratedClient" + Guid.NewGuid().ToString("N"),
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Default,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    // Missing XML docs matter only to a build that writes a documentation file: checked when asked for.
                    ["CS1591"] = reportMissingDocs ? ReportDiagnostic.Default : ReportDiagnostic.Suppress,

                    // A method Refit cannot generate inline falls back to reflection, which fails at run time in
                    // a generated-only (trim-safe) client; Refit reports it as RF006, hidden unless raised.
                    ["RF006"] = ReportDiagnostic.Error,
                }));

        var driver = CSharpGeneratorDriver.Create(SourceGenerators.Value, parseOptions: ParseOptions, optionsProvider: RefitBuildProperties.Instance);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var generatorDiagnostics);

        // Without an assembly to load, the compiler's diagnostics are asked for without emitting: every error and warning
        // of binding and flow analysis, at half the cost of emit (measured: 6 s instead of 13 s of CPU for the Discord
        // client). What only the emitter reports (IL and metadata size limits, async capture checks) depends on the
        // shape of the generated code, not on the description; the tests that load a client emit every shape.
        Assembly? assembly = null;
        IEnumerable<Diagnostic> compilerDiagnostics;
        if (load)
        {
            using var stream = new MemoryStream();
            var emit = updated.Emit(stream);
            compilerDiagnostics = emit.Diagnostics;
            if (emit.Success)
            {
                stream.Position = 0;
                assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
            }
        }
        else
        {
            compilerDiagnostics = updated.GetDiagnostics();
        }

        var diagnostics = generatorDiagnostics.Concat(compilerDiagnostics).Concat(RefitAnalyzerDiagnostics(updated))
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        return (diagnostics, updated, assembly);
    }

    /// <summary>
    /// Refit's analyzer registers symbol actions on the methods of Refit interfaces and reports at those methods, so
    /// running it over the files that declare interfaces finds everything it can report. Run over the whole
    /// compilation instead, the analyzer driver binds every method body a second time (after emit already did),
    /// which costs as much as the emit itself on a large client; GeneratedCodeCompilerTests checks RF006 still shows.
    /// </summary>
    private static List<Diagnostic> RefitAnalyzerDiagnostics(Compilation compilation)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, RefitBuildProperties.Instance);
        var withAnalyzers = compilation.WithAnalyzers(Analyzers.Value, options);
        var diagnostics = new List<Diagnostic>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.GetRoot().DescendantNodes().OfType<InterfaceDeclarationSyntax>().Any()))
        {
            diagnostics.AddRange(withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).GetAwaiter().GetResult());
            diagnostics.AddRange(withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(withAnalyzers.Compilation.GetSemanticModel(tree), null, CancellationToken.None).GetAwaiter().GetResult());
        }

        return diagnostics;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "Refit*.dll")
            .Append(Path.Combine(AppContext.BaseDirectory, "Specweave.Runtime.dll"));
        return trusted.Concat(local)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    /// <summary>Refit's analyzer, which tells when a method would need the reflection request builder (RF006).</summary>
    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        var paths = typeof(GeneratedCodeCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Analyzers").Value!
            .Split(';', StringSplitOptions.RemoveEmptyEntries);
        var loader = new AnalyzerLoader();
        return paths
            .SelectMany(p => new AnalyzerFileReference(p, loader).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    private static ImmutableArray<ISourceGenerator> LoadSourceGenerators()
    {
        var paths = typeof(GeneratedCodeCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SourceGenerators").Value!
            .Split(';', StringSplitOptions.RemoveEmptyEntries);
        if (paths.Length < 2)
        {
            throw new InvalidOperationException("Expected the Refit and System.Text.Json source generators; found: " + string.Join(", ", paths));
        }

        var loader = new AnalyzerLoader();
        return paths
            .SelectMany(p => new AnalyzerFileReference(p, loader).GetGenerators(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    /// <summary>
    /// The properties Refit's build props make visible to its generator in a real build. Without
    /// RefitGeneratedRequestBuilding the generator writes no inline (trim-safe) requests, registers no
    /// factory for RestService.ForGenerated and reports no RF006, so the test would not see what a consumer gets.
    /// </summary>
    private sealed class RefitBuildProperties : AnalyzerConfigOptionsProvider
    {
        public static readonly RefitBuildProperties Instance = new();

        // Keys are case-insensitive in a real build (AnalyzerConfigOptions.KeyComparer); Refit's analyzer relies on it.
        private static readonly AnalyzerConfigOptions Global = new Options(new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer)
        {
            ["build_property.RefitGeneratedRequestBuilding"] = "true",
            ["build_property.RefitEmitGeneratedCodeMarkers"] = "true",
        });

        private static readonly AnalyzerConfigOptions NotGenerated = new Options(new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer)
        {
            ["generated_code"] = "false",
        });

        public override AnalyzerConfigOptions GlobalOptions => Global;

        /// <summary>
        /// Our output is marked auto-generated, and analyzers skip generated code; so does Refit's RF006 in a real
        /// build, which is why the tests must ask for it: a fallback method compiles silently and fails at run time.
        /// </summary>
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NotGenerated;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Global;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }

    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
