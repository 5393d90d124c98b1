using System.Collections.Generic;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Reads a description of several lines that CommonMark reads as paragraphs of their literal text, without Markdig:
/// the lines of a paragraph are its lines less their indentation, and blank lines separate paragraphs. A quarter of the
/// descriptions of a large API are such text (a YAML block scalar, a JSON string with "\n"), and a Markdig parse costs
/// many times the text's own size. Whatever might be more than that goes to Markdig: <see cref="TryRead"/> says no.
/// </summary>
/// <remarks>
/// The rules, each keeping out what CommonMark would read otherwise:
/// every line that is not blank starts, after its spaces, with a letter (no list, heading, quote, fence, HTML block,
/// thematic break or setext underline can start so), and a paragraph's first line has fewer than four spaces (or it
/// would be indented code); no character starts inline syntax (code, emphasis, links, HTML, entities, escapes); no
/// control character but the line feed (no tab, no carriage return: Markdig reads those as whitespace and line ends);
/// and no line ends with a space before the next (two make a hard line break).
/// The test MarkdownXmlDocTests compares this with Markdig's reading, on chosen and on random text.
/// </remarks>
internal static class PlainParagraphs
{
    private const int IndentedCode = 4;

    /// <summary>The paragraphs, each as escaped lines; null when the text needs Markdig.</summary>
    public static List<XmlDocBlock>? TryRead(string text)
    {
        foreach (var c in text)
        {
            if (c is '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '\\' || (char.IsControl(c) && c != '\n'))
            {
                return null;
            }
        }

        var blocks = new List<XmlDocBlock>();
        List<string>? paragraph = null;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var indent = start;
            while (indent < end && text[indent] == ' ')
            {
                indent++;
            }

            if (indent == end)
            {
                // A blank line ends the paragraph.
                AddParagraph(blocks, ref paragraph);
            }
            else
            {
                var continues = end < text.Length;
                if (!char.IsLetter(text[indent]) || (paragraph is null && indent - start >= IndentedCode) || (continues && text[end - 1] == ' '))
                {
                    return null;
                }

                (paragraph ??= new List<string>()).Add(XmlDocWriter.Escape(text.Substring(indent, end - indent)).TrimEnd());
            }

            start = end + 1;
        }

        AddParagraph(blocks, ref paragraph);
        return blocks;
    }

    private static void AddParagraph(List<XmlDocBlock> blocks, ref List<string>? paragraph)
    {
        if (paragraph is not null)
        {
            blocks.Add(XmlDocBlock.Paragraph(paragraph));
            paragraph = null;
        }
    }
}
