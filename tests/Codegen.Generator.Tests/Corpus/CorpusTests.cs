using Codegen.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Codegen.Generator.Tests.Corpus;

public sealed class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> CorpusFiles => new()
    {
        "v2.0-petstore.yaml",
        "v2.0-uber.json",
        "v2.0-petstore-separate/spec/swagger.yaml",
        "v3.0-api-with-examples.yaml",
        "v3.0-callback-example.yaml",
        "v3.0-link-example.yaml",
        "v3.0-petstore-expanded.json",
        "v3.0-petstore-expanded.yaml",
        "v3.0-petstore.yaml",
        "v3.0-uspto.yaml",
        "v3.1-non-oauth-scopes.yaml",
        "v3.1-webhook-example.yaml",
    };

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_file_generates_code_that_compiles_without_warnings(string relativePath)
    {
        var path = Path.Combine(TestPaths.CorpusFolder, relativePath);
        var generated = GeneratorRunner.RunOnFile(path, allowExternalReferences: relativePath.Contains("separate", StringComparison.Ordinal));
        foreach (var d in generated.Diagnostics) output.WriteLine(d);
        Assert.DoesNotContain(generated.Diagnostics, d => d.Contains(": error ", StringComparison.Ordinal));
        var compiled = GeneratedCodeCompiler.Compile(generated.Files);
        foreach (var d in compiled.Diagnostics) output.WriteLine(d);
        Assert.Empty(compiled.Diagnostics);
    }
}
