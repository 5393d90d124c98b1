using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Writes XML documentation comments from spec text. Every line of the text gets its own "///" prefix
/// (C# ends a comment at any of \r, \n, U+0085, U+2028, U+2029, so all of them split lines), and
/// markup characters and invisible characters become XML character references.
/// </summary>
internal static class XmlDocWriter
{
    private static readonly string[] LineBreaks = { "\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029" };

    private static readonly char[] LineBreakCharacters = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    public static void Summary(SourceWriter writer, string? text, string fallback)
        => Element(writer, "summary", string.Empty, string.IsNullOrWhiteSpace(text) ? fallback : text!);

    public static void Remarks(SourceWriter writer, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Element(writer, "remarks", string.Empty, text!);
        }
    }

    public static void Param(SourceWriter writer, string name, string? text, string fallback)
        => Element(writer, "param", " name=\"" + Escape(name.TrimStart('@')) + "\"", string.IsNullOrWhiteSpace(text) ? fallback : text!);

    /// <summary>A parameter's documentation; without a description, "The 'name' parameter." (made only then).</summary>
    public static void Param(SourceWriter writer, string name, string? text)
    {
        var bare = name.TrimStart('@');
        Element(writer, "param", " name=\"" + Escape(bare) + "\"", string.IsNullOrWhiteSpace(text) ? "The '" + bare + "' parameter." : text!);
    }

    private static void Element(SourceWriter writer, string tag, string attributes, string text)
    {
        if (text.IndexOfAny(LineBreakCharacters) < 0)
        {
            // One line, the common case: written without a list of lines.
            var line = Escape(text.TrimEnd());
            writer.WriteLine($"/// <{tag}{attributes}>{(line.Trim().Length == 0 ? string.Empty : line)}</{tag}>");
            return;
        }

        var lines = Lines(text);
        if (lines.Count == 1)
        {
            writer.WriteLine($"/// <{tag}{attributes}>{lines[0]}</{tag}>");
            return;
        }

        writer.WriteLine($"/// <{tag}{attributes}>");
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

        writer.WriteLine($"/// </{tag}>");
    }

    private static List<string> Lines(string text)
    {
        var lines = text.Split(LineBreaks, StringSplitOptions.None)
            .Select(l => Escape(l.TrimEnd()))
            .ToList();
        while (lines.Count > 0 && lines[lines.Count - 1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Trim().Length == 0)
        {
            lines.RemoveAt(0);
        }

        return lines.Count == 0 ? new List<string> { string.Empty } : lines;
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
