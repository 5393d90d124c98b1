using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Writes XML documentation comments. Spec text (a <see cref="Documentation"/>, a parameter's description) is
/// CommonMark and goes through <see cref="MarkdownXmlDoc"/>; text the generator writes itself is only escaped.
/// Where the spec says nothing, nothing is written: a summary that repeats a name tells the reader nothing
/// (generated files turn CS1591 and CS1573 off for that reason, see <see cref="FileHeader"/>).
/// </summary>
/// <remarks>
/// The first paragraph of a description is the summary (what IntelliSense shows in a tooltip); the rest of it goes
/// to the remarks, before the spec's remarks and the generator's own. A description that does not start with a
/// paragraph (a list, a code sample) stays whole in the summary. Every line gets its own "///" prefix: escaping turns
/// the characters C# ends a comment at (\u0085, \u2028, \u2029) into references, and Markdig splits lines at \r and \n.
/// </remarks>
internal static class XmlDocWriter
{
    /// <summary>The summary and remarks of a type, member or operation.</summary>
    /// <param name="fallbackSummary">The generator's own summary when the spec has none: a fact about the member, never its name again.</param>
    /// <param name="generatedRemarks">A last paragraph of remarks the generator adds (how the type behaves).</param>
    public static void Write(SourceWriter writer, Documentation docs, string? fallbackSummary = null, string? generatedRemarks = null)
    {
        // Most members have a summary of one plain line and no remarks, or no docs at all: no blocks are made for them.
        var plainSummary = IsPlainLine(docs.Summary);
        if (string.IsNullOrWhiteSpace(docs.Remarks) && (plainSummary || string.IsNullOrWhiteSpace(docs.Summary)))
        {
            if (plainSummary)
            {
                writer.WriteLine($"/// <summary>{new PlainLine(docs.Summary!)}</summary>");
            }
            else if (fallbackSummary is not null)
            {
                writer.WriteLine($"/// <summary>{new Escaped(fallbackSummary)}</summary>");
            }

            if (generatedRemarks is not null)
            {
                writer.WriteLine($"/// <remarks>{new Escaped(generatedRemarks)}</remarks>");
            }

            return;
        }

        var summary = MarkdownXmlDoc.Render(docs.Summary);
        var remarks = MarkdownXmlDoc.Render(docs.Remarks);

        // Most members have a summary of one paragraph and no remarks: the lists are combined only when there is more.
        if (summary.Count > 1 && summary[0].IsParagraph)
        {
            remarks = summary.Skip(1).Concat(remarks).ToList();
            summary = new[] { summary[0] };
        }

        if (summary.Count == 0 && fallbackSummary is not null)
        {
            summary = new[] { XmlDocBlock.Text(fallbackSummary) };
        }

        if (generatedRemarks is not null)
        {
            remarks = remarks.Append(XmlDocBlock.Text(generatedRemarks)).ToList();
        }

        Element(writer, new Tag("summary"), summary);
        Element(writer, new Tag("remarks"), remarks);
    }

    /// <summary>A summary the generator writes itself (not spec text).</summary>
    public static void TextSummary(SourceWriter writer, string text)
        => writer.WriteLine($"/// <summary>{new Escaped(text)}</summary>");

    /// <summary>A parameter's description from the spec; nothing when it has none.</summary>
    public static void Param(SourceWriter writer, string name, string? markdown)
        => MarkdownElement(writer, new Tag("param", name), markdown);

    /// <summary>A parameter the generator adds (the client, the cancellation token), with its own text.</summary>
    public static void TextParam(SourceWriter writer, string name, string text)
        => writer.WriteLine($"/// <{new Tag("param", name)}>{new Escaped(text)}</param>");

    /// <summary>What a method returns; nothing when <paramref name="markdown"/> is empty.</summary>
    public static void Returns(SourceWriter writer, string? markdown)
        => MarkdownElement(writer, new Tag("returns"), markdown);

    /// <summary>
    /// An operation's <c>&lt;returns&gt;</c> and its <c>&lt;exception&gt;</c> for Refit's ApiException, which Refit throws
    /// for every status outside 2xx (and for a body it cannot read), listing the error responses the spec documents.
    /// </summary>
    /// <remarks>A RefitSettings.ExceptionFactory may throw another exception instead; the interface cannot know it.</remarks>
    public static void Responses(SourceWriter writer, ResponseDocs responses)
    {
        const string Open = "/// <exception cref=\"global::Refit.ApiException\">";
        const string Answer = "The service answered with a status outside 2xx, or with a body that could not be read; StatusCode and Content hold its answer.";
        Returns(writer, responses.Returns);
        if (responses.Errors.Count == 0)
        {
            writer.WriteLine(Open + Answer + "</exception>");
            return;
        }

        // As Element lays out a paragraph and a list: the list's items are written straight into the file.
        writer.WriteLine(Open);
        writer.WriteLine("/// <para>" + Answer + " The API description documents:</para>");
        writer.WriteLine("/// <list type=\"bullet\">");
        foreach (var error in responses.Errors)
        {
            var term = new Terms(error.Statuses);
            if (IsPlainLine(error.Description))
            {
                writer.WriteLine($"/// <item><term>{term}</term><description>{new PlainLine(error.Description)}</description></item>");
                continue;
            }

            var description = XmlDocBlock.Content(MarkdownXmlDoc.Render(error.Description));
            if (description.Count == 0)
            {
                writer.WriteLine($"/// <item><term>{term}</term></item>");
            }
            else if (description.Count == 1)
            {
                writer.WriteLine($"/// <item><term>{term}</term><description>{description[0]}</description></item>");
            }
            else
            {
                writer.WriteLine($"/// <item><term>{term}</term><description>");
                WriteLines(writer, description);
                writer.WriteLine("/// </description></item>");
            }
        }

        writer.WriteLine("/// </list>");
        writer.WriteLine("/// </exception>");
    }

    /// <summary>The element for spec text: one line with no blocks made when the text is a plain line, else its Markdown rendered.</summary>
    private static void MarkdownElement(SourceWriter writer, Tag tag, string? markdown)
    {
        if (IsPlainLine(markdown))
        {
            writer.WriteLine($"/// <{tag}>{new PlainLine(markdown)}</{tag.Name}>");
            return;
        }

        Element(writer, tag, MarkdownXmlDoc.Render(markdown));
    }

    /// <summary>
    /// The element, on one line when its content is one line; one paragraph is bare, several blocks each a
    /// <c>&lt;para&gt;</c> (see <see cref="XmlDocBlock.Content"/>), written straight into the file rather than joined into new lines first.
    /// </summary>
    private static void Element(SourceWriter writer, Tag tag, IReadOnlyList<XmlDocBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return;
        }

        // One block is its lines, a paragraph bare; with more, every block has a line at least, so the element has several.
        if (blocks.Count == 1 && blocks[0].Lines.Count == 1)
        {
            writer.WriteLine($"/// <{tag}>{blocks[0].Lines[0]}</{tag.Name}>");
            return;
        }

        writer.WriteLine($"/// <{tag}>");
        if (blocks.Count == 1)
        {
            WriteLines(writer, blocks[0].Lines);
        }
        else
        {
            foreach (var block in blocks)
            {
                if (!block.IsParagraph)
                {
                    WriteLines(writer, block.Lines);
                }
                else if (block.Lines.Count == 1)
                {
                    writer.WriteLine($"/// <para>{block.Lines[0]}</para>");
                }
                else
                {
                    writer.WriteLine("/// <para>");
                    WriteLines(writer, block.Lines);
                    writer.WriteLine("/// </para>");
                }
            }
        }

        writer.WriteLine($"/// </{tag.Name}>");
    }

    private static void WriteLines(SourceWriter writer, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                writer.WriteLine("///");
            }
            else
            {
                writer.WriteLine($"/// {line}");
            }
        }
    }

    /// <summary>An element's name and its name attribute, if any (a parameter's name, escaped), as written in its start tag.</summary>
    private readonly struct Tag(string name, string? nameAttribute = null) : ISourceText
    {
        public string Name => name;

        public void AppendTo(StringBuilder builder)
        {
            builder.Append(name);
            if (nameAttribute is not null)
            {
                builder.Append(" name=\"");
                AppendEscaped(builder, nameAttribute.TrimStart('@'));
                builder.Append('"');
            }
        }
    }

    /// <summary>The statuses of an error response: "any other status" for default.</summary>
    private readonly struct Terms(IReadOnlyList<string> statuses) : ISourceText
    {
        public void AppendTo(StringBuilder builder)
        {
            for (var i = 0; i < statuses.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                if (statuses[i] == "default")
                {
                    builder.Append("any other status");
                }
                else
                {
                    AppendEscaped(builder, statuses[i]);
                }
            }
        }
    }

    /// <summary>Spec text that <see cref="MarkdownXmlDoc"/> renders as one paragraph of one line, its own text: nothing in it is Markdown.</summary>
    private static bool IsPlainLine([NotNullWhen(true)] string? markdown)
        => !string.IsNullOrWhiteSpace(markdown) && MarkdownXmlDoc.IsPlainLine(markdown!);

    /// <summary>A plain line (see <see cref="IsPlainLine"/>) as <see cref="MarkdownXmlDoc.Render"/> gives it: escaped, without trailing white space.</summary>
    private readonly struct PlainLine(string text) : ISourceText
    {
        public void AppendTo(StringBuilder builder)
        {
            var start = builder.Length;
            AppendEscaped(builder, text);
            var end = builder.Length;
            while (end > start && char.IsWhiteSpace(builder[end - 1]))
            {
                end--;
            }

            builder.Length = end;
        }
    }

    /// <summary>Text escaped for XML, appended into a line being written (see <see cref="SourceWriter.LineHandler"/>) with no string of its own.</summary>
    public readonly struct Escaped(string text) : ISourceText
    {
        public void AppendTo(StringBuilder builder) => AppendEscaped(builder, text);
    }

    public static string Escape(string text)
    {
        if (IsPlainText(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped for XML (see <see cref="Escape"/>).</summary>
    public static void AppendEscaped(StringBuilder builder, string text)
    {
        if (IsPlainText(text))
        {
            builder.Append(text);
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\t': builder.Append(' '); break;
                default:
                    if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        // XML 1.0 has no way to write these, even as references: drop them.
                        continue;
                    }

                    if (char.IsSurrogate(c))
                    {
                        // A pair is one character beyond U+FFFF; a lone half is not a character and is dropped.
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            AppendCodePoint(builder, text, i);
                            i++;
                        }

                        continue;
                    }

                    if (CSharpLiteral.NeedsEscape(c))
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>Printable ASCII other than markup: what spec text mostly is, and what needs no escaping.</summary>
    private static bool IsPlainText(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || c > '~' || c is '&' or '<' or '>' or '"')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Visible characters beyond U+FFFF are kept; invisible ones (tag characters, private use) become references.</summary>
    private static void AppendCodePoint(StringBuilder builder, string text, int index)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
        {
            builder.Append("&#x").Append(char.ConvertToUtf32(text[index], text[index + 1]).ToString("X", CultureInfo.InvariantCulture)).Append(';');
        }
        else
        {
            builder.Append(text[index]).Append(text[index + 1]);
        }
    }
}
