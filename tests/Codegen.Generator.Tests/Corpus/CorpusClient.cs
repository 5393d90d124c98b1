using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Corpus;

/// <summary>The one check every corpus description gets: generate, compare diagnostics exactly, compile once.</summary>
public static class CorpusClient
{
    /// <summary>Generates from tests/corpus/<paramref name="relativePath"/> and compiles the result; returns the number of files.</summary>
    public static int AssertGeneratesAndCompiles(string relativePath, bool allowExternalReferences, string[] expectedDiagnostics)
    {
        var generated = GeneratorRunner.RunOnFile(Path.Combine(TestPaths.CorpusFolder, relativePath), "Corpus.Client", allowExternalReferences: allowExternalReferences);

        Assert.Equal(expectedDiagnostics, generated.Diagnostics);
        Assert.Contains(generated.Files, f => f.HintName.EndsWith("Api.g.cs", StringComparison.Ordinal));
        Assert.Empty(GeneratedCodeCompiler.Compile(generated.Files).Diagnostics);
        return generated.Files.Count;
    }
}
