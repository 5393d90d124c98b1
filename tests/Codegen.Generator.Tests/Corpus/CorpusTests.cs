using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Corpus;

/// <summary>
/// Every OAI example description generates a client that compiles with Refit's and System.Text.Json's
/// generators running and no warning at all; the generator's own diagnostics are exactly the ones listed
/// in <see cref="CorpusCases"/> (constructs it does not support, said once, located).
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string, bool, string[]> OpenApiExamples => CorpusCases.OpenApiExamples;

    [Theory]
    [MemberData(nameof(OpenApiExamples))]
    public void Corpus_description_generates_a_client_that_compiles_without_warnings(string relativePath, bool allowExternalReferences, string[] expectedDiagnostics)
        => CorpusClient.AssertGeneratesAndCompiles(relativePath, allowExternalReferences, expectedDiagnostics);

    [Fact]
    public void Every_description_in_the_corpus_has_a_case()
    {
        var listed = CorpusCases.AllPaths.Order(StringComparer.Ordinal);
        var roots = Directory.EnumerateFiles(TestPaths.CorpusFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.CorpusFolder, f).Replace('\\', '/'))
            .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)) && IsRoot(f))
            .Order(StringComparer.Ordinal);

        Assert.Equal(roots, listed);
    }

    /// <summary>A root description says which version it is; the files it refers to (Pet.yaml, parameters.yaml) do not.</summary>
    private static bool IsRoot(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.CorpusFolder, relativePath));
        return text.Contains("openapi", StringComparison.Ordinal) || text.Contains("swagger", StringComparison.Ordinal);
    }
}
