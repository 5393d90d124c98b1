using Codegen.Generator.Parsing;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>The loader skips its walk for other files only when the reader saw no $ref that may name one.</summary>
public sealed class FileReferencesTests
{
    [Theory]
    [InlineData("a:\n  $ref: '#/b'\nb: 1\n", false)]
    [InlineData("{\"a\": {\"$ref\": \"#/b\"}, \"b\": 1}", false)]
    [InlineData("a:\n  $ref: other.yaml\n", true)]
    [InlineData("a: [{ $ref: 'other.yaml#/x' }]\n", true)]
    [InlineData("a:\n  \"$ref\": >-\n    other.yaml\n", true)]
    [InlineData("{\"a\": [{\"$ref\": \"other.json\"}]}", true)]
    [InlineData("a: &x\n  $ref: '#/b'\nb: *x\n", true)]
    public void Says_whether_a_description_may_name_another_file(string text, bool mayNeedWalk)
    {
        Assert.NotNull(YamlText.Parse("spec.yaml", text, out var error, out var actual));

        Assert.Null(error);
        Assert.Equal(mayNeedWalk, actual);
    }

    [Fact]
    public void A_file_named_only_inside_a_flow_collection_is_loaded()
    {
        var load = SpecLoader.Load(
            "/specs/spec.yaml",
            "openapi: 3.1.0\npaths: {}\ncomponents: { schemas: { A: { $ref: 'other.yaml' } } }\n",
            path => path == "/specs/other.yaml" ? "type: string\n" : null,
            SpecLoadOptions.Default);

        Assert.Equal(["/specs/other.yaml", "/specs/spec.yaml"], load.FilePaths);
    }
}
