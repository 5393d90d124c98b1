using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Tree;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// A literal block scalar whose only line is blank, holding more spaces than the line that ends it, as real
/// descriptions have it (an "example: |+" left empty): valid YAML 1.2 that YamlDotNet refuses ("While scanning
/// a literal block scalar, found extra spaces in first line"). It is read, as the specification says, on the
/// direct path and on YamlDotNet's (repaired where YamlDotNet stops), with every location after it unchanged.
/// </summary>
public sealed class LiteralBlockTests
{
    /// <summary>The blank line holds 20 spaces; the block's key is indented 14, the line that ends it 10.</summary>
    private static readonly string Spec = """
        openapi: 3.0.3
        info:
          title: Examples
          version: "1"
        paths:
          /things:
            get:
              operationId: getThing
              responses:
                "200":
                  description: A thing.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
                      example: |+
        <BLANK>
                  headers: {}
        components:
          schemas:
            Thing:
              type: object
              properties:
                name: { type: string }

        """.Replace("<BLANK>", new string(' ', 20), StringComparison.Ordinal);

    /// <summary>The same, with an anchor and alias, which the direct reader leaves to YamlDotNet.</summary>
    private static readonly string SpecWithAlias = Spec.Replace("name: { type: string }", "name: &text { type: string }\n        other: *text", StringComparison.Ordinal);

    [Fact]
    public void The_construct_is_as_in_the_failing_description()
    {
        Assert.Contains("              example: |+\n" + new string(' ', 20) + "\n          headers:", Spec, StringComparison.Ordinal);
        Assert.Null(TreeAssert.ReadWithYamlDotNet(Spec));
    }

    [Fact]
    public void The_direct_reader_reads_the_block_as_one_line_break()
    {
        var root = YamlTreeReader.TryRead(Spec);

        Assert.NotNull(root);
        var example = Example(root);
        Assert.Equal("\n", example.Value);
        Assert.Equal((16, 24), (example.Line, example.Column));
    }

    [Fact]
    public void YamlDotNets_path_reads_it_too_once_repaired()
    {
        Assert.Null(YamlTreeReader.TryRead(SpecWithAlias));

        var root = YamlText.Parse("/specs/examples.yaml", SpecWithAlias, out var error);

        Assert.Null(error);
        var example = Example(root!);
        Assert.Equal("\n", example.Value);
        Assert.Equal((16, 24), (example.Line, example.Column));
        var headers = ((DocMapping)((DocMapping)((DocMapping)((DocMapping)((DocMapping)((DocMapping)root!).Get("paths")!).Get("/things")!).Get("get")!).Get("responses")!).Get("200")!).Get("headers")!;
        Assert.Equal((18, 20), (headers.Line, headers.Column));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_description_generates_without_diagnostics_on_either_path(bool withAlias)
    {
        var generated = GeneratorRunner.RunOnText(withAlias ? SpecWithAlias : Spec, "/specs/examples.yaml");

        Assert.Empty(generated.Diagnostics);
        Assert.Contains(generated.Files, f => f.HintName.EndsWith("Thing.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Locations_after_the_block_are_those_of_the_same_text_without_the_spaces()
    {
        var broken = SpecWithAlias.Replace("$ref: '#/components/schemas/Thing'", "$ref: '#/components/schemas/Missing'", StringComparison.Ordinal)
            .Replace("name: &text", "missing: { $ref: '#/nowhere' }\n        name: &text", StringComparison.Ordinal);
        var withoutSpaces = broken.Replace("example: |+\n" + new string(' ', 20) + "\n", "example: |+\n\n", StringComparison.Ordinal);

        var diagnostics = GeneratorRunner.RunOnText(broken, "/specs/examples.yaml").Diagnostics;

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(GeneratorRunner.RunOnText(withoutSpaces, "/specs/examples.yaml").Diagnostics, diagnostics);
    }

    [Theory]
    [InlineData("x: |\n      \n  y\n", "test.yaml(3,1): error OAG0001")]
    [InlineData("x: |2\n      \nz: 1\n", "test.yaml(2,1): error OAG0001")]
    public void A_blank_line_above_content_indented_less_stays_an_error_located_as_before(string text, string expected)
    {
        var diagnostics = GeneratorRunner.RunOnText(text).Diagnostics;

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith(expected, diagnostic, StringComparison.Ordinal);
        Assert.EndsWith("While scanning a literal block scalar, found extra spaces in first line; correct the syntax at or just before this position", diagnostic, StringComparison.Ordinal);
    }

    private static DocScalar Example(DocNode root)
    {
        var media = (DocMapping)((DocMapping)((DocMapping)((DocMapping)((DocMapping)((DocMapping)((DocMapping)root).Get("paths")!).Get("/things")!).Get("get")!).Get("responses")!).Get("200")!).Get("content")!;
        return (DocScalar)((DocMapping)media.Get("application/json")!).Get("example")!;
    }
}
