using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// A mapping keeps an untagged scalar value as its text and position, not as a node (<see cref="DocEntry"/>): asked for
/// as a node, it must come back as it was read, and a tagged scalar must keep its node and tag.
/// </summary>
public sealed class DocEntryTests
{
    [Theory]
    [InlineData("yaml", "first: plain\nsecond: 'quoted'\nthird: { inner: 1 }\n")]
    [InlineData("json", "{\n  \"first\": plain,\n  \"second\": \"quoted\",\n  \"third\": { \"inner\": 1 }\n}")]
    public void A_scalar_value_reads_back_with_its_text_style_and_position(string format, string text)
    {
        // JSON has no plain strings: "plain" stands for a literal there, so it is true rather than a word.
        var root = (DocMapping)(format == "yaml" ? YamlTreeReader.TryRead(text) : JsonTreeReader.TryRead(text.Replace("plain", "true", StringComparison.Ordinal)))!;
        var plain = format == "yaml" ? "plain" : "true";

        Assert.True(root.TryGetScalar("first", out var firstText, out var firstPlain));
        Assert.Equal((plain, true), (firstText, firstPlain));
        Assert.True(root.TryGetScalar("second", out var secondText, out var secondPlain));
        Assert.Equal(("quoted", false), (secondText, secondPlain));
        Assert.False(root.TryGetScalar("third", out _, out _));
        Assert.False(root.TryGetScalar("fourth", out _, out _));

        var first = Assert.IsType<DocScalar>(root.Get("first"));
        var second = Assert.IsType<DocScalar>(root.ValueAt(1));
        Assert.Equal((plain, true, format == "yaml" ? 1 : 2, format == "yaml" ? 8 : 12), (first.Value, first.IsPlain, first.Line, first.Column));
        Assert.Equal(("quoted", false, format == "yaml" ? 2 : 3, format == "yaml" ? 9 : 13), (second.Value, second.IsPlain, second.Line, second.Column));
        Assert.IsType<DocMapping>(root.Get("third"));
    }

    [Fact]
    public void A_tagged_scalar_keeps_its_node_and_tag()
    {
        var root = (DocMapping)TreeAssert.ReadWithYamlDotNet("number: !!str 5\nword: five\n")!;

        var tagged = Assert.IsType<DocTaggedScalar>(root.Get("number"));
        Assert.Equal(("5", "tag:yaml.org,2002:str"), (tagged.Value, tagged.Tag));
        Assert.Same(tagged, root.Get("number"));
        Assert.True(root.TryGetScalar("number", out var text, out _));
        Assert.Equal("5", text);
        Assert.Null(Assert.IsType<DocScalar>(root.Get("word")).Tag);
    }
}
