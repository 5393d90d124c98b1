using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Corpus;

/// <summary>
/// Every description of the shared OpenAPI corpus generates a client that compiles with Refit's and
/// System.Text.Json's generators running and no warning at all; the generator's own diagnostics are
/// exactly the ones listed (constructs it does not support, said once, located).
/// </summary>
public sealed class CorpusTests
{
    /// <summary>
    /// The separate-files petstore's root is spec/swagger.yaml and it $refs ../common/Error.yaml, outside
    /// the root's folder. The folder rule stays relative to the root spec (the one thing a build knows for
    /// sure), so this description needs the documented opt-in (--allow-external-refs / OpenApiAllowExternalReferences).
    /// </summary>
    public static TheoryData<string, bool, string[]> CorpusFiles => new()
    {
        { "v2.0-petstore.yaml", false, [] },
        { "v2.0-uber.json", false, [] },
        { "v2.0-petstore-separate/spec/swagger.yaml", true, [] },
        { "v3.0-api-with-examples.yaml", false, [] },
        { "v3.0-callback-example.yaml", false, ["v3.0-callback-example.yaml(36,9): warning OAG0007: 'callbacks' (requests the API makes to its clients) is not supported and was ignored"] },
        { "v3.0-link-example.yaml", false, [] },
        { "v3.0-petstore-expanded.json", false, [] },
        { "v3.0-petstore-expanded.yaml", false, [] },
        { "v3.0-petstore.yaml", false, [] },
        { "v3.0-uspto.yaml", false, [] },
        { "v3.1-non-oauth-scopes.yaml", false, [] },
        { "v3.1-webhook-example.yaml", false, ["v3.1-webhook-example.yaml(8,3): warning OAG0007: 'webhooks' (requests the API makes to its clients) is not supported and was ignored"] },
    };

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_description_generates_a_client_that_compiles_without_warnings(string relativePath, bool allowExternalReferences, string[] expectedDiagnostics)
    {
        var generated = GeneratorRunner.RunOnFile(Path.Combine(TestPaths.CorpusFolder, relativePath), "Corpus.Client", allowExternalReferences: allowExternalReferences);

        Assert.Equal(expectedDiagnostics, generated.Diagnostics);
        Assert.Contains(generated.Files, f => f.HintName.EndsWith("Api.g.cs", StringComparison.Ordinal));
        Assert.Empty(GeneratedCodeCompiler.Compile(generated.Files).Diagnostics);
    }

    [Fact]
    public void Every_description_in_the_corpus_has_a_case()
    {
        var listed = CorpusFiles.Select(row => (string)row[0]).Order(StringComparer.Ordinal);
        var roots = Directory.EnumerateFiles(TestPaths.CorpusFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.CorpusFolder, f).Replace('\\', '/'))
            .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)) && IsRoot(f))
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
