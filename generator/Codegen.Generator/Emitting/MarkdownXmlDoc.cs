using System;
using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Renders a description (CommonMark, as OpenAPI defines it) to XML documentation: paragraphs, lists, code,
/// links, emphasis and line breaks become the tags IntelliSense and doc tools understand. Markdig parses; this
/// walks its syntax tree and writes every piece of text through <see cref="XmlDocWriter.Escape"/>, so nothing of
/// the spec reaches the comment as markup: raw HTML in a description is shown as text, except a line break.
/// Links keep their target only for http and https, so a description cannot plant a <c>javascript:</c> or file link.
/// </summary>
internal static class MarkdownXmlDoc
{
    /// <summary>CommonMark only: the extensions (tables, auto-links, ...) are not what OpenAPI promises.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>
    /// The most emphasis and link delimiters ('*', '_', '[', ']') a description may hold and still be read as Markdown.
    /// Matching them costs the square of their number in the worst case: with Markdig, 8,000 links nested in one
    /// another (40 KB) took 1.9 s and 8,000 unmatched '_' 0.3 s, so one description could stall every build of the
    /// spec. The most any description of the corpus holds is 39. Past this, the text is kept as written, escaped, as
    /// when Markdig refuses a nesting: the work stays in proportion to the spec's size.
    /// </summary>
    internal const int MaxDelimiters = 500;

    /// <summary>What the descriptions of the emit run going on on this thread rendered to (see <see cref="RenderEachOnce"/>).</summary>
    [ThreadStatic]
    private static Dictionary<string, IReadOnlyList<XmlDocBlock>>? t_rendered;

    /// <summary>
    /// For one emit run: each description is rendered once, however often it is written. Descriptions repeat (a
    /// parameter's, shared by $ref, is written into every operation that has the parameter), and the Markdown parse is
    /// most of emitting a documented API. The blocks are never changed once made, so they are shared. Dispose to end it.
    /// </summary>
    public static RenderMemo RenderEachOnce()
    {
        if (t_rendered is not null)
        {
            return default;
        }

        t_rendered = new Dictionary<string, IReadOnlyList<XmlDocBlock>>(StringComparer.Ordinal);
        return new RenderMemo(owner: true);
    }

    /// <summary>The description's blocks, in order; none for a blank description.</summary>
    public static IReadOnlyList<XmlDocBlock> Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return Array.Empty<XmlDocBlock>();
        }

        // Most descriptions are one sentence, or paragraphs of text, with nothing Markdown would change: no parse for them.
        if (IsPlainLine(markdown!))
        {
            return new[] { XmlDocBlock.Paragraph(new[] { XmlDocWriter.Escape(markdown!).TrimEnd() }) };
        }

        if (t_rendered is not { } rendered)
        {
            return RenderText(markdown!);
        }

        if (!rendered.TryGetValue(markdown!, out var blocks))
        {
            blocks = RenderText(markdown!);
            rendered.Add(markdown!, blocks);
        }

        return blocks;
    }

    private static IReadOnlyList<XmlDocBlock> RenderText(string markdown)
        => (IReadOnlyList<XmlDocBlock>?)PlainParagraphs.TryRead(markdown)
            ?? (HasTooManyDelimiters(markdown) ? new[] { XmlDocBlock.Paragraph(AsWritten(markdown)) } : Parse(markdown));

    /// <summary>Ends the memo of <see cref="RenderEachOnce"/> (the one that began it; a nested one does nothing).</summary>
    internal readonly struct RenderMemo : IDisposable
    {
        private readonly bool _owner;

        public RenderMemo(bool owner) => _owner = owner;

        public void Dispose()
        {
            if (_owner)
            {
                t_rendered = null;
            }
        }
    }

    private static bool HasTooManyDelimiters(string markdown)
    {
        var count = 0;
        foreach (var c in markdown)
        {
            if (c is '*' or '_' or '[' or ']' && ++count > MaxDelimiters)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The description through Markdig, whatever it holds (what <see cref="Render"/> does for all but plain text).</summary>
    internal static IReadOnlyList<XmlDocBlock> Parse(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses nesting deeper than its limit (thousands of '>' or '[') rather than overflow the stack:
            // such a description is no documentation to render, but the client is still generated, the text kept as written.
            return new[] { XmlDocBlock.Paragraph(AsWritten(markdown)) };
        }

        var blocks = new List<XmlDocBlock>();
        AddBlocks(document, blocks);
        return blocks;
    }

    /// <summary>The description's non-blank lines, escaped, with no Markdown read in them.</summary>
    private static string[] AsWritten(string markdown)
    {
        var lines = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add(XmlDocWriter.Escape(line.Trim()));
            }
        }

        return lines.ToArray();
    }

    /// <summary>
    /// One line that CommonMark reads as a paragraph of its literal text: it starts with a letter (so it opens no list,
    /// heading, quote, code or HTML block) and has no character that starts inline syntax (code, emphasis, links, HTML,
    /// entities, escapes).
    /// </summary>
    internal static bool IsPlainLine(string text)
    {
        if (!char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    private static void AddBlocks(ContainerBlock container, List<XmlDocBlock> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    AddIfAny(blocks, XmlDocBlock.Paragraph(Inlines(paragraph.Inline)));
                    break;
                case HeadingBlock heading:
                    var text = Inlines(heading.Inline);
                    if (text.Count > 0)
                    {
                        text[0] = "<b>" + text[0];
                        text[text.Count - 1] += "</b>";
                        blocks.Add(XmlDocBlock.Paragraph(text));
                    }

                    break;
                case ListBlock list:
                    AddIfAny(blocks, List(list));
                    break;
                case CodeBlock code:
                    AddIfAny(blocks, Code(code));
                    break;
                case HtmlBlock html:
                    // Shown as the text it is: a description is not trusted to write markup.
                    AddIfAny(blocks, XmlDocBlock.Paragraph(RawLines(html)));
                    break;
                case QuoteBlock quote:
                    AddBlocks(quote, blocks);
                    break;
                case ContainerBlock other when other is not ListItemBlock:
                    AddBlocks(other, blocks);
                    break;

                // Thematic breaks and link reference definitions have no text of their own.
            }
        }
    }

    private static void AddIfAny(List<XmlDocBlock> blocks, XmlDocBlock? block)
    {
        if (block is not null && block.Lines.Count > 0)
        {
            blocks.Add(block);
        }
    }

    private static XmlDocBlock? List(ListBlock list)
    {
        var lines = new List<string> { list.IsOrdered ? "<list type=\"number\">" : "<list type=\"bullet\">" };
        var any = false;
        foreach (var child in list)
        {
            if (child is not ListItemBlock item)
            {
                continue;
            }

            var content = new List<XmlDocBlock>();
            AddBlocks(item, content);
            var itemLines = XmlDocBlock.Content(content);
            if (itemLines.Count == 0)
            {
                continue;
            }

            any = true;
            XmlDocBlock.Wrap("<item><description>", itemLines, "</description></item>", lines);
        }

        lines.Add("</list>");
        return any ? XmlDocBlock.Other(lines) : null;
    }

    private static XmlDocBlock? Code(CodeBlock code)
    {
        var lines = RawLines(code);
        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0)
        {
            return null;
        }

        var block = new List<string> { "<code>" };
        block.AddRange(lines);
        block.Add("</code>");
        return XmlDocBlock.Other(block);
    }

    /// <summary>A leaf block's source lines, escaped, without their trailing spaces.</summary>
    private static List<string> RawLines(LeafBlock block)
    {
        var lines = new List<string>();
        var group = block.Lines;
        for (var i = 0; i < group.Count; i++)
        {
            lines.Add(XmlDocWriter.Escape(group.Lines[i].Slice.ToString()).TrimEnd());
        }

        return lines;
    }

    /// <summary>A paragraph's text as lines: a soft line break of the source starts a new line, which XML treats as a space.</summary>
    private static List<string> Inlines(ContainerInline? inline)
    {
        var writer = new InlineWriter();
        if (inline is not null)
        {
            writer.Write(inline);
        }

        return writer.Finish();
    }

    /// <summary>Writes inline content into lines; the open tags of emphasis and links close on the line they end on.</summary>
    private sealed class InlineWriter
    {
        private readonly List<string> _lines = new();
        private readonly StringBuilder _line = new();

        public void Write(ContainerInline container)
        {
            foreach (var inline in container)
            {
                Write(inline);
            }
        }

        private void Write(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    _line.Append(XmlDocWriter.Escape(literal.Content.ToString()));
                    break;
                case CodeInline code:
                    _line.Append("<c>").Append(XmlDocWriter.Escape(code.Content)).Append("</c>");
                    break;
                case EmphasisInline emphasis:
                    var tag = emphasis.DelimiterCount >= 2 ? "b" : "i";
                    _line.Append('<').Append(tag).Append('>');
                    Write((ContainerInline)emphasis);
                    _line.Append("</").Append(tag).Append('>');
                    break;
                case LinkInline link:
                    WriteLink(link);
                    break;
                case AutolinkInline autolink:
                    WriteLink(autolink.IsEmail ? null : autolink.Url, autolink.Url);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        _line.Append("<br/>");
                    }

                    NewLine();
                    break;
                case HtmlInline html:
                    if (IsLineBreakTag(html.Tag))
                    {
                        _line.Append("<br/>");
                        NewLine();
                    }
                    else
                    {
                        _line.Append(XmlDocWriter.Escape(html.Tag));
                    }

                    break;
                case HtmlEntityInline entity:
                    _line.Append(XmlDocWriter.Escape(entity.Transcoded.ToString()));
                    break;
                case ContainerInline container:
                    Write(container);
                    break;
            }
        }

        private void WriteLink(LinkInline link)
        {
            if (link.IsImage)
            {
                // An image cannot be shown in a comment: its description (alt text) stands in for it.
                Write((ContainerInline)link);
                return;
            }

            var url = IsWebAddress(link.Url) ? link.Url : null;
            if (url is null)
            {
                Write((ContainerInline)link);
                return;
            }

            _line.Append("<see href=\"").Append(XmlDocWriter.Escape(url!)).Append("\">");
            var start = _line.Length;
            Write((ContainerInline)link);
            if (_line.Length == start)
            {
                _line.Append(XmlDocWriter.Escape(url!));
            }

            _line.Append("</see>");
        }

        private void WriteLink(string? url, string text)
        {
            if (IsWebAddress(url))
            {
                _line.Append("<see href=\"").Append(XmlDocWriter.Escape(url!)).Append("\">").Append(XmlDocWriter.Escape(text)).Append("</see>");
            }
            else
            {
                _line.Append(XmlDocWriter.Escape(text));
            }
        }

        private void NewLine()
        {
            _lines.Add(_line.ToString().TrimEnd());
            _line.Clear();
        }

        public List<string> Finish()
        {
            NewLine();
            while (_lines.Count > 0 && _lines[_lines.Count - 1].Length == 0)
            {
                _lines.RemoveAt(_lines.Count - 1);
            }

            return _lines;
        }
    }

    private static bool IsWebAddress(string? url)
        => url is not null
           && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
           && Uri.TryCreate(url, UriKind.Absolute, out _);

    /// <summary><c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c> or <c>&lt;br /&gt;</c>, any case: descriptions written for HTML renderers use it for a line break.</summary>
    private static bool IsLineBreakTag(string tag)
    {
        if (tag.Length < 4 || tag[0] != '<' || tag[tag.Length - 1] != '>' || !tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = 3; i < tag.Length - 1; i++)
        {
            if (tag[i] != '/' && !char.IsWhiteSpace(tag[i]))
            {
                return false;
            }
        }

        return true;
    }
}
