using System.Collections.Generic;

namespace Codegen.Generator.Emitting;

/// <summary>
/// One block of XML documentation (a paragraph, list or code sample), as lines of XML that are already escaped and
/// need only their "///" prefix. A paragraph is kept bare while it is an element's only content and wrapped in
/// <c>&lt;para&gt;</c> beside others; lists and code carry their own tags. A block has one line at least
/// (<see cref="XmlDocWriter"/> relies on it: an element of several blocks takes several lines).
/// </summary>
internal sealed class XmlDocBlock
{
    private XmlDocBlock(IReadOnlyList<string> lines, bool isParagraph)
    {
        Lines = lines;
        IsParagraph = isParagraph;
    }

    public IReadOnlyList<string> Lines { get; }

    public bool IsParagraph { get; }

    public static XmlDocBlock Paragraph(IReadOnlyList<string> lines) => new(lines, true);

    public static XmlDocBlock Other(IReadOnlyList<string> lines) => new(lines, false);

    /// <summary>Text the generator writes (not the spec's): escaped, and not read as Markdown.</summary>
    public static XmlDocBlock Text(string text) => new(new[] { XmlDocWriter.Escape(text) }, true);

    /// <summary>The lines of an element holding <paramref name="blocks"/>: one paragraph bare, several each in its own <c>&lt;para&gt;</c>.</summary>
    public static IReadOnlyList<string> Content(IReadOnlyList<XmlDocBlock> blocks)
    {
        if (blocks.Count == 1 && blocks[0].IsParagraph)
        {
            return blocks[0].Lines;
        }

        var lines = new List<string>();
        foreach (var block in blocks)
        {
            if (block.IsParagraph)
            {
                Wrap("<para>", block.Lines, "</para>", lines);
            }
            else
            {
                lines.AddRange(block.Lines);
            }
        }

        return lines;
    }

    /// <summary>One line <c>open text close</c> when the content is one line; else the tags on lines of their own around it.</summary>
    public static void Wrap(string open, IReadOnlyList<string> content, string close, List<string> into)
    {
        if (content.Count == 1)
        {
            into.Add(open + content[0] + close);
            return;
        }

        into.Add(open);
        into.AddRange(content);
        into.Add(close);
    }
}
