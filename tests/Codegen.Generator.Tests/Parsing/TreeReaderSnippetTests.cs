using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// Constructs chosen to be hard for the direct readers: each is read as YamlDotNet reads it, or left to
/// YamlDotNet; the ones marked common must be read directly (they are everyday description YAML and JSON).
/// </summary>
public sealed class TreeReaderSnippetTests
{
    public static TheoryData<string, bool> Yaml => new()
    {
        // Block structure.
        { "a: 1\nb:\n  c: x\n  d: [1, 2]\n", true },
        { "a:\n- x\n- y: 1\n  z: 2\nb: [1, {c: d}]\n", true },
        { "- - a\n  - b\n- c\n", true },
        { "- name: x\n  in: path\n-   name: y\n    in: query\n", true },
        { "a:\nb: 1\n", true },
        { "a:   # comment\nb: 1\n", true },
        { "a:\n\n  # comment\nb: 1\n", true },
        { "- \n- b\n", true },
        { "x:\n  a:", true },
        { "- a:\n  b: 1\n", true },
        { "---\na: 1\n", true },
        { "# leading comment\n\na: 1 # trailing\n\n# end\n", true },
        { "a: 1\r\nb:\r\n  - x\r\n", true },
        { "a: 1\rb: 2\r", true },
        { "  a: 1\n  b: 2\n", true },
        { "\"200\": ok\n'x y': z\n\"a\\\"b\": c\n", true },
        { "/users/{id}: 1\nhttp://x:80/y: 2\n", true },
        { "a: http://x:80/y\nb: x:y\nc: -1\nd: a#b\ne: '#x'\n", true },
        { "a  : 1\n", true },
        { "a: \"\"\nb: ''\nc: ~\nd: null\n", true },
        // Plain scalars over lines.
        { "a: one\n  two\n\n  three\nb: 1\n", true },
        { "- one\n  two\n- three\n", true },
        { "a: one\n  two # c\nb: 1\n", true },
        { "a: one # c\n  two\n", false },
        { "a: one\n  - two\n", false },
        { "a: one\n  two: three\n", false },
        // Quoted scalars.
        { "a: \"one\n  two \\\n  three\n\n  four\"\n", true },
        { "a: 'it''s\n   x'\n", true },
        { "a: \"tab\\tnl\\n\\u00e9\\x41\\U0001F600\\N\\_\\L\\P\\/\\0\\e\\ \"\n", true },
        { "a: \"trailing   \n  next\"\n", true },
        { "a: \"esc\\ \n  next\"\n", true },
        { "a: \"\\uD83D\\uDE00\"\n", true },
        { "a: \"\\uD83D\"\n", false },
        { "a: \"\\q\"\n", false },
        { "a: 'x'  # c\n", true },
        { "a: 'x' y\n", false },
        { "a: \"x\ny\"\n", false },
        // Block scalars.
        { "a: |\n  x\n  y\nb: 1\n", true },
        { "a: |-\n  x\n\n\nb: 1\n", true },
        { "a: |+\n  x\n\n\nb: 1\n", true },
        { "a: |+\n  x\n\n\n", true },
        { "a: >\n  one\n  two\n\n  three\nb: 1\n", true },
        { "a: >-\n  one\n\n\nb: 1\n", true },
        { "a: >\n  one\n   more\n  end\n", false },
        { "a: |\n  x\ty\n  \tz\nb: 1\n", true },
        { "a: |\n    indented\n  less\n", false },
        { "a: |\n  x\n    deeper\n  back\n", true },
        { "a: |\n\n  x\n", true },
        { "a: |\r\n  x\r\n  y\r\nb: 1\r\n", true },
        { "a: | # comment\n  x\n# after\nb: 1\n", true },
        { "a: |2\n    x\n", false },
        { "- |\n  x\n- >\n  y\n", true },
        { "a:\n  - |\n    x\n  - b\n", true },
        { "a: |\n  x\n   \n  y\n", true },
        { "a: |\n  # not a comment\n  x\n", true },
        // Flow collections.
        { "a: { b: 1, 'c': [d, e], f: {} }\n", true },
        { "a: [\n  x,\n  y\n  ]\n", true },
        { "a: {\"k\":1,\"l\":[true,null]}\n", true },
        { "a: [x, ]\n", false },
        { "a: [x\n  y]\n", false },
        { "a: {b}\n", false },
        { "a: {b: }\n", false },
        { "a: [b: c]\n", false },
        { "a: [http://x]\n", false },
        { "a: {b: 1, b: 2}\n", false },
        { "a: [-1, -x, .5]\n", true },
        { "a: [ x ,y ] # c\n", true },
        { "a: [x, # c\n  y]\n", true },
        // Left to YamlDotNet: anchors, tags, directives, documents, complex keys, tabs, errors.
        { "a: &x 1\nb: *x\n", false },
        { "a: !!str 1\n", false },
        { "!!str a: 1\n", false },
        { "%YAML 1.2\n---\na: 1\n", false },
        { "a: 1\n---\nb: 2\n", false },
        { "a: 1\n...\n", false },
        { "? a\n: 1\n", false },
        { "a:\n\tb: 1\n", false },
        { "a:\tb\n", false },
        { "a: 1\na: 2\n", false },
        { "a: b: c\n", false },
        { "a:\n  b: 1\n c: 2\n", false },
        { "a:\n  b: 1\n    c: 2\n", false },
        { "- a\nb: 1\n", false },
        { "", false },
        { "# only a comment\n", false },
        { "a: @x\n", false },
        { "a: `x`\n", false },
        { "a: - b\n", false },
        { "a: [1, 2\n", false },
        { "a: \"unterminated\n", false },
        { "\u00e9t\u00e9: \"\U0001F600 x\"\nb: 1\n", true },
        { "a: \"x\u2028y\"\n", false },
        { "a: x\u0085y\n", false },
    };

    [Theory]
    [InlineData("a: x\u0001y\n")]
    [InlineData("a: x\u007Fy\n")]
    [InlineData("a: \"x\u001By\"\n")]
    public void A_text_with_an_ASCII_control_or_DEL_is_left_to_YamlDotNet(string text)
        => Assert.Null(YamlTreeReader.TryRead(text));

    [Theory]
    [MemberData(nameof(Yaml))]
    public void A_YAML_construct_is_read_as_YamlDotNet_reads_it_or_left_to_it(string text, bool common)
    {
        var expected = TreeAssert.ReadWithYamlDotNet(text);
        var direct = YamlTreeReader.TryRead(text);
        if (common)
        {
            Assert.NotNull(direct);
        }

        if (direct is not null)
        {
            Assert.NotNull(expected);
            TreeAssert.Equal(expected, direct);
        }
    }

    public static TheoryData<string, bool> Json => new()
    {
        { "{\"a\":1,\"b\":\"x\",\"c\":[1,2,{\"d\":null}],\"e\":true,\"f\":-1.5e+3}", true },
        { "{\n\t\"a\": 1,\n\t\"b\": [\n\t\t2\n\t]\n}", true },
        { "{\r\n  \"a\": 1,\r\n  \"b\": \"x\"\r\n}\r\n", true },
        { "{\r  \"a\": 1,\r  \"b\": \"x\"\r}", true },
        { "{\"a\":{},\"b\":[],\"c\":\"\"}", true },
        { "{\"a\": \"\U0001F600\", \"b\": 1}", true },
        { "{\"a\": \"x\\/y\", \"b\": \"\\uD83D\\uDE00\", \"c\": \"\\u00e9\\t\\b\\f\\r\\n\\\"\\\\\"}", true },
        { "[1, 2.5, -0, 1e10, 1E-2, 0.0]", true },
        { "{\"" + new string('k', 1100) + "\": 1}", true },
        { "{\"a\": 1}\n\n  \n", true },
        { "{\"a\": \"\\u0001\"}", true },
        { "{\"a\": \"x\u2028y\", \"b\": 1}", false },
        { "{\"a\": \"x\u0085y\", \"b\": 1}", false },
        { "{\"a\": \"\\uD800x\"}", false },
        { "{\"a\": \"x\u007Fy\"}", false },
        { "\uFEFF{\"a\": 1}", false },
        { "{\"a\": 1,}", false },
        { "{\"a\": 1, \"a\": 2}", false },
        { "{\"a\": 01}", false },
        { "{\"a\": 1} x", false },
        { "{a: 1}", false },
        { "{\"a\":\u00A01}", false },
        { "42", false },
    };

    [Theory]
    [MemberData(nameof(Json))]
    public void A_JSON_construct_is_read_as_YamlDotNet_reads_it_or_left_to_it(string text, bool common)
    {
        var expected = TreeAssert.ReadWithYamlDotNet(text);
        var direct = JsonTreeReader.TryRead(text);
        if (common)
        {
            Assert.NotNull(direct);
        }

        if (direct is not null)
        {
            Assert.NotNull(expected);
            TreeAssert.Equal(expected, direct);
        }
    }

    [Fact]
    public void Nesting_past_the_limit_is_left_to_YamlDotNet_which_reports_it()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 201)) + string.Concat(Enumerable.Repeat("]", 201));
        Assert.Null(JsonTreeReader.TryRead(deep));
        Assert.Null(YamlTreeReader.TryRead("a: " + deep + "\n"));
        var limit = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));
        Assert.NotNull(JsonTreeReader.TryRead(limit));
    }
}
