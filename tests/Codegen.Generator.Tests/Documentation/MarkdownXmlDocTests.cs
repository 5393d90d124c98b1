using Codegen.Generator.Common;
using Codegen.Generator.Emitting;

namespace Codegen.Generator.Tests.Documentation;

/// <summary>
/// Descriptions are CommonMark: each construct becomes its XML-doc tag, and nothing in the text reaches the comment
/// as markup (HTML is shown as text, links keep only web targets, "*/" and "&lt;/summary&gt;" are plain characters).
/// </summary>
public sealed class MarkdownXmlDocTests
{
    [Theory]
    [InlineData("Plain text.", "Plain text.")]
    [InlineData("Use `starts_with` here.", "Use <c>starts_with</c> here.")]
    [InlineData("Use `` a`b `` here.", "Use <c>a`b</c> here.")]
    [InlineData("*some* and **strong** and _more_", "<i>some</i> and <b>strong</b> and <i>more</i>")]
    [InlineData("See [the docs](https://example.com/a?b=1&c=2).", "See <see href=\"https://example.com/a?b=1&amp;c=2\">the docs</see>.")]
    [InlineData("See <https://example.com/x>.", "See <see href=\"https://example.com/x\">https://example.com/x</see>.")]
    [InlineData("Run [this](javascript:alert(1)) now.", "Run this now.")]
    [InlineData("Open [the file](file:///etc/passwd).", "Open the file.")]
    [InlineData("Relative [link](/v1/customers).", "Relative link.")]
    [InlineData("A ![diagram](https://example.com/d.png) here.", "A diagram here.")]
    [InlineData("Value `microsoft_support`, not microsoft\\_support.", "Value <c>microsoft_support</c>, not microsoft_support.")]
    [InlineData("Tags <b>bold</b> and <script>x</script> stay text.", "Tags &lt;b&gt;bold&lt;/b&gt; and &lt;script&gt;x&lt;/script&gt; stay text.")]
    [InlineData("Ends */ and </summary> <summary> & \"quotes\"", "Ends */ and &lt;/summary&gt; &lt;summary&gt; &amp; &quot;quotes&quot;")]
    [InlineData("Entities &amp; &lt;tag&gt; &copy;", "Entities &amp; &lt;tag&gt; ©")]
    [InlineData("Separator\u2028inside", "Separator&#x2028;inside")]
    public void Inline_markdown_becomes_xml_doc_inline_tags(string markdown, string expected)
        => Assert.Equal(expected, Single(markdown));

    [Fact]
    public void An_html_line_break_and_a_hard_break_become_br()
    {
        Assert.Equal(["First<br/>", "second"], Lines("First<br>second"));
        Assert.Equal(["First<br/>", "second"], Lines("First<BR />second"));
        Assert.Equal(["First<br/>", "second"], Lines("First  \nsecond"));
    }

    [Fact]
    public void Soft_line_breaks_keep_the_lines_of_the_source()
        => Assert.Equal(["one", "two"], Lines("one\ntwo"));

    [Fact]
    public void Paragraphs_lists_and_code_are_blocks_of_their_own()
    {
        var blocks = MarkdownXmlDoc.Render("""
            Intro with `code`.

            - first
            - second with [link](https://example.com)
              on two lines

            1. one
            2. two

            ```json
            {"a": "<b>"}

              indented
            ```

            # A heading
            """);

        var content = XmlDocBlock.Content(blocks);

        Assert.Equal(
            [
                "<para>Intro with <c>code</c>.</para>",
                "<list type=\"bullet\">",
                "<item><description>first</description></item>",
                "<item><description>",
                "second with <see href=\"https://example.com\">link</see>",
                "on two lines",
                "</description></item>",
                "</list>",
                "<list type=\"number\">",
                "<item><description>one</description></item>",
                "<item><description>two</description></item>",
                "</list>",
                "<code>",
                "{&quot;a&quot;: &quot;&lt;b&gt;&quot;}",
                "",
                "  indented",
                "</code>",
                "<para><b>A heading</b></para>",
            ],
            content);
    }

    [Fact]
    public void A_raw_html_block_is_shown_as_text()
        => Assert.Equal(["&lt;div onclick=&quot;x()&quot;&gt;", "text", "&lt;/div&gt;"], Lines("<div onclick=\"x()\">\ntext\n</div>"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("---")]
    public void Blank_text_renders_to_nothing(string? markdown)
        => Assert.Empty(MarkdownXmlDoc.Render(markdown));

    [Fact]
    public void The_first_paragraph_is_the_summary_and_the_rest_goes_to_the_remarks()
    {
        var writer = new SourceWriter();

        XmlDocWriter.Write(writer, new Binding.Model.Documentation("What it is.\n\nMore about it:\n- a\n- b", "Spec remarks."), generatedRemarks: "Generated note.");

        Assert.Equal(
            """
            /// <summary>What it is.</summary>
            /// <remarks>
            /// <para>More about it:</para>
            /// <list type="bullet">
            /// <item><description>a</description></item>
            /// <item><description>b</description></item>
            /// </list>
            /// <para>Spec remarks.</para>
            /// <para>Generated note.</para>
            /// </remarks>

            """.ReplaceLineEndings("\n"),
            writer.ToString());
    }

    [Fact]
    public void Nothing_is_written_where_the_spec_says_nothing()
    {
        var writer = new SourceWriter();

        XmlDocWriter.Write(writer, Binding.Model.Documentation.None);
        XmlDocWriter.Param(writer, "body", null);
        XmlDocWriter.Returns(writer, " ");

        Assert.Equal(string.Empty, writer.ToString());
    }

    [Theory]
    [InlineData("The resource.")]
    [InlineData("Ends with spaces and a tab \t ")]
    [InlineData("Quotes \"x\", (parens), 5 - 3 = 2, 50% + #1 | a ~ b ! c")]
    [InlineData("Separators\u2028and\u0085controls\u0001 and \U0001F600")]
    [InlineData("Non\u00A0breaking\u00A0")]
    public void A_plain_line_renders_as_markdig_renders_it(string text)
    {
        var rendered = Assert.Single(MarkdownXmlDoc.Render(text));
        var parsed = Assert.Single(MarkdownXmlDoc.Parse(text));

        Assert.Equal(parsed.Lines, rendered.Lines);
        Assert.True(rendered.IsParagraph && parsed.IsParagraph);
    }

    [Theory]
    [InlineData("First line\nsecond line\n")]
    [InlineData("One paragraph\nof two lines.\n\nAnother,\n   indented.\n\n\n")]
    [InlineData("Continued\n        deeply indented.")]
    [InlineData("Paragraph\n\n    indented code after a blank line")]
    [InlineData("   Three spaces first\nthen more.")]
    [InlineData("Hard break  \nafter two spaces")]
    [InlineData("Soft break \nafter one space")]
    [InlineData("Setext heading\n===")]
    [InlineData("Setext heading\n---\n")]
    [InlineData("Interrupted\n- by a list")]
    [InlineData("Interrupted\n# by a heading")]
    [InlineData("Interrupted\n1) by an ordered list")]
    [InlineData("Interrupted\n> by a quote")]
    [InlineData("Tab\tinside\nand on\tthe next")]
    [InlineData("Line\r\nends")]
    [InlineData("Ends with a space \n")]
    [InlineData("Non\u00A0breaking\n\u00A0second")]
    [InlineData("Separators\u2028and\nnext\u0085line")]
    [InlineData("Trailing blank lines\n  \n \n")]
    public void Plain_paragraphs_render_as_markdig_renders_them(string text) => AssertRendersAsMarkdig(text);

    /// <summary>
    /// Random lines of the characters that decide CommonMark's blocks (spaces, line ends, list, heading and underline
    /// marks, characters Markdig does not see as whitespace), against Markdig's reading. Seeded: the same text every run.
    /// </summary>
    [Fact]
    public void Random_plain_text_renders_as_markdig_renders_it()
    {
        const string alphabet = "abcd abcd    \n\n\n-=#+1.)éЖ\u00A0\u2028\t";
        var random = new Random(20261130);
        var readWithoutMarkdig = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            chars[0] = 'T';
            var text = new string(chars);
            readWithoutMarkdig += PlainParagraphs.TryRead(text) is null ? 0 : 1;
            AssertRendersAsMarkdig(text);
        }

        // A good part of it must take the path under test, not only Markdig's.
        Assert.InRange(readWithoutMarkdig, 1_000, 5_000);
    }

    /// <summary>Markdig throws past its nesting limit (here 10,000 quotes in one another): the text is kept as written, escaped.</summary>
    [Fact]
    public void A_description_nested_deeper_than_markdig_reads_is_kept_as_escaped_text()
    {
        var quotes = string.Concat(Enumerable.Repeat("> ", 10_000));

        Assert.Equal([quotes.Replace(">", "&gt;", StringComparison.Ordinal) + "deep &amp; &lt;b&gt;", "next"], Lines(quotes + "deep & <b>\n\n  next  \n"));
    }

    /// <summary>
    /// CommonMark's worst cases (after cmark's pathological tests), each of 10,000 repetitions: matching their
    /// delimiters would cost the square of their number, so past <see cref="MarkdownXmlDoc.MaxDelimiters"/> the text is
    /// kept as written, escaped. The link in front is what Markdig would have rendered.
    /// </summary>
    [Theory]
    [InlineData("[", "a](u)")]
    [InlineData("[", "]")]
    [InlineData("a_ ", "")]
    [InlineData("_a ", "")]
    [InlineData("[a", "")]
    public void A_description_with_too_many_delimiters_is_kept_as_escaped_text(string opening, string closing)
    {
        var text = "[Pathological](https://example.com/) " + string.Concat(Enumerable.Repeat(opening, 10_000)) + "b" + string.Concat(Enumerable.Repeat(closing, 10_000));

        Assert.Equal([text], Lines(text));
    }

    /// <summary>Up to the limit a description is Markdown still; one delimiter more and its links are text.</summary>
    [Fact]
    public void The_delimiter_limit_is_where_markdown_stops()
    {
        var links = string.Concat(Enumerable.Repeat("[a](https://example.com/) ", MarkdownXmlDoc.MaxDelimiters / 2)).TrimEnd();

        Assert.Contains("<see href=\"https://example.com/\">a</see>", Single(links), StringComparison.Ordinal);
        Assert.Equal(links + " _b", Single(links + " _b"));
    }

    /// <summary>An emit run renders each description once and shares the blocks; a nested run does not end the outer one.</summary>
    [Fact]
    public void Within_an_emit_run_each_description_is_rendered_once()
    {
        const string text = "See `code` and [a link](https://example.com/).";
        using (MarkdownXmlDoc.RenderEachOnce())
        {
            var first = MarkdownXmlDoc.Render(text);
            using (MarkdownXmlDoc.RenderEachOnce())
            {
                Assert.Same(first, MarkdownXmlDoc.Render(text));
            }

            Assert.Same(first, MarkdownXmlDoc.Render(text));
        }

        Assert.NotSame(MarkdownXmlDoc.Render(text), MarkdownXmlDoc.Render(text));
    }

    private static void AssertRendersAsMarkdig(string text)
    {
        var rendered = MarkdownXmlDoc.Render(text);
        var parsed = MarkdownXmlDoc.Parse(text);

        Assert.Equal(parsed.Select(b => (b.IsParagraph, string.Join("\n", b.Lines))), rendered.Select(b => (b.IsParagraph, string.Join("\n", b.Lines))));
    }

    private static string Single(string markdown) => Assert.Single(Lines(markdown));

    private static IReadOnlyList<string> Lines(string markdown)
    {
        var block = Assert.Single(MarkdownXmlDoc.Render(markdown));
        Assert.True(block.IsParagraph);
        return block.Lines;
    }
}
