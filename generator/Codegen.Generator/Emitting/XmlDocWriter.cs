using System;
using System.Collections.Generic;
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

        Element(writer, "summary", string.Empty, summary);
        Element(writer, "remarks", string.Empty, remarks);
    }

    /// <summary>A summary the generator writes itself (not spec text).</summary>
    public static void TextSummary(SourceWriter writer, string text)
        => Element(writer, "summary", string.Empty, new[] { XmlDocBlock.Text(text) });

    /// <summary>A parameter's description from the spec; nothing when it has none.</summary>
    public static void Param(SourceWriter writer, string name, string? markdown)
        => Element(writer, "param", NameAttribute(name), MarkdownXmlDoc.Render(markdown));

    /// <summary>A parameter the generator adds (the client, the cancellation token), with its own text.</summary>
    public static void TextParam(SourceWriter writer, string name, string text)
        => Element(writer, "param", NameAttribute(name), new[] { XmlDocBlock.Text(text) });

    /// <summary>What a method returns; nothing when <paramref name="markdown"/> is empty.</summary>
    public static void Returns(SourceWriter writer, string? markdown)
        => Element(writer, "returns", string.Empty, MarkdownXmlDoc.Render(markdown));

    /// <summary>
    /// An operation's <c>&lt;returns&gt;</c> and its <c>&lt;exception&gt;</c> for Refit's ApiException, which Refit throws
    /// for every status outside 2xx (and for a body it cannot read), listing the error responses the spec documents.
    /// </summary>
    public static void Responses(SourceWriter writer, ResponseDocs responses)
    {
        Returns(writer, responses.Returns);
        var when = new List<XmlDocBlock>
        {
            XmlDocBlock.Text(responses.Errors.Count == 0
                ? "The service answered with a status outside 2xx, or with a body that could not be read; StatusCode and Content hold its answer."
                : "The service answered with a status outside 2xx, or with a body that could not be read; StatusCode and Content hold its answer. The API description documents:"),
        };
        if (responses.Errors.Count > 0)
        {
            var list = new List<string> { "<list type=\"bullet\">" };
            foreach (var error in responses.Errors)
            {
                var term = "<item><term>" + string.Join(", ", error.Statuses.Select(s => s == "default" ? "any other status" : Escape(s))) + "</term>";
                var description = XmlDocBlock.Content(MarkdownXmlDoc.Render(error.Description));
                if (description.Count == 0)
                {
                    list.Add(term + "</item>");
                }
                else
                {
                    XmlDocBlock.Wrap(term + "<description>", description, "</description></item>", list);
                }
            }

            list.Add("</list>");
            when.Add(XmlDocBlock.Other(list));
        }

        // A RefitSettings.ExceptionFactory may throw another exception instead; the interface cannot know it.
        Element(writer, "exception", " cref=\"global::Refit.ApiException\"", when);
    }

    private static string NameAttribute(string name) => " name=\"" + Escape(name.TrimStart('@')) + "\"";

    private static void Element(SourceWriter writer, string tag, string attributes, IReadOnlyList<XmlDocBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return;
        }

        // As XmlDocBlock.Wrap lays it out, written straight into the file rather than joined into new lines first.
        var content = XmlDocBlock.Content(blocks);
        if (content.Count == 1)
        {
            writer.WriteLine($"/// <{tag}{attributes}>{content[0]}</{tag}>");
            return;
        }

        writer.WriteLine($"/// <{tag}{attributes}>");
        foreach (var line in content)
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

        writer.WriteLine($"/// </{tag}>");
    }

    public static string Escape(string text)
    {
        if (IsPlainText(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
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

        return builder.ToString();
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
