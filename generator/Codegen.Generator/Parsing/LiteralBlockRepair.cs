using System;
using System.Collections.Generic;
using YamlDotNet.Core;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Works around a YamlDotNet bug (aaubry/YamlDotNet#523, #535): a literal block scalar whose lines are all
/// blank, the first holding more spaces than the line that ends the block is indented, is refused with
/// "While scanning a literal block scalar, found extra spaces in first line", as in
/// <code>
///   example: |+
///       (six spaces)
///   next: 1
/// </code>
/// YAML 1.2 (8.1.1.1) reads it: with no non-blank line, the block's indentation is its longest line, every
/// line is empty, and the value is one line break per line kept by the chomping indicator ("\n" here).
/// </summary>
/// <remarks>
/// The text is repaired where YamlDotNet stopped, only when that is this case for certain: the line above
/// the blank lines is a header "key: |", "- |" (chomping indicator and comment allowed, no explicit
/// indentation, which changes the meaning), and the line YamlDotNet stopped at ends the block (indented no
/// deeper than the header's node) or is the end of the text. Those blank lines are emptied; YamlDotNet then
/// reads the same value, and every other line keeps its line and column, so locations do not move. A blank
/// line above a real content line is an error in YAML too, and stays one.
/// </remarks>
internal static class LiteralBlockRepair
{
    private const string Message = "While scanning a literal block scalar, found extra spaces in first line.";

    /// <summary>The repaired text, or null when the error is not this case.</summary>
    public static string? TryRepair(string text, YamlException exception)
    {
        if (!exception.Message.EndsWith(Message, StringComparison.Ordinal))
        {
            return null;
        }

        var lines = LineStarts(text);
        var stopLine = (int)exception.Start.Line - 1;
        if (stopLine < 1 || stopLine > lines.Count)
        {
            return null;
        }

        if (stopLine < lines.Count && IsBlank(text, lines, stopLine))
        {
            return null;
        }

        var stopIsEnd = stopLine == lines.Count;
        var headerLine = stopLine - 1;
        while (headerLine >= 0 && IsBlank(text, lines, headerLine))
        {
            headerLine--;
        }

        if (headerLine < 0 || headerLine == stopLine - 1 || HeaderNodeIndent(LineText(text, lines, headerLine)) is not { } parentIndent)
        {
            return null;
        }

        if (!stopIsEnd && Indent(LineText(text, lines, stopLine)) > parentIndent)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, lines[headerLine + 1]);
        for (var line = headerLine + 1; line < stopLine; line++)
        {
            var content = LineText(text, lines, line);
            builder.Append(text, lines[line] + content.Length, LineEnd(text, lines, line) - (lines[line] + content.Length));
        }

        var rest = stopLine < lines.Count ? lines[stopLine] : text.Length;
        builder.Append(text, rest, text.Length - rest);
        return builder.ToString();
    }

    /// <summary>
    /// For "key: |" the indentation of the mapping the key is in (its column); for "- |" that of the
    /// sequence (the dash's). Null when the line is not such a header.
    /// </summary>
    private static int? HeaderNodeIndent(string line)
    {
        var body = line.TrimEnd();
        var comment = body.IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0)
        {
            body = body.Substring(0, comment).TrimEnd();
        }

        if (body.EndsWith("|+", StringComparison.Ordinal) || body.EndsWith("|-", StringComparison.Ordinal))
        {
            body = body.Substring(0, body.Length - 2);
        }
        else if (body.EndsWith("|", StringComparison.Ordinal))
        {
            body = body.Substring(0, body.Length - 1);
        }
        else
        {
            return null;
        }

        if (!body.EndsWith(" ", StringComparison.Ordinal))
        {
            return null;
        }

        body = body.TrimEnd();
        var column = Indent(body);
        var lastDash = -1;
        while (column < body.Length && body[column] == '-' && (column + 1 == body.Length || body[column + 1] == ' '))
        {
            lastDash = column;
            column++;
            while (column < body.Length && body[column] == ' ')
            {
                column++;
            }
        }

        if (column >= body.Length)
        {
            // "- |": the scalar is the entry itself.
            return lastDash >= 0 ? lastDash : null;
        }

        // "key: |": a plain key, starting where its mapping is indented.
        var key = body.Substring(column);
        return key.Length > 1 && key.EndsWith(":", StringComparison.Ordinal)
               && key.IndexOf(": ", StringComparison.Ordinal) < 0 && key.IndexOf(" #", StringComparison.Ordinal) < 0
               && key[0] is not ('"' or '\'' or '?' or '{' or '[' or '&' or '!' or '*' or '#' or '|' or '>' or '%' or '@' or '`')
            ? column
            : null;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                if (i + 1 < text.Length)
                {
                    starts.Add(i + 1);
                }
            }
        }

        return starts;
    }

    private static int LineEnd(string text, List<int> starts, int line) => line + 1 < starts.Count ? starts[line + 1] : text.Length;

    /// <summary>The line without its line break.</summary>
    private static string LineText(string text, List<int> starts, int line)
    {
        var end = LineEnd(text, starts, line);
        while (end > starts[line] && text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return text.Substring(starts[line], end - starts[line]);
    }

    private static bool IsBlank(string text, List<int> starts, int line)
    {
        foreach (var c in LineText(text, starts, line))
        {
            if (c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static int Indent(string line)
    {
        var count = 0;
        while (count < line.Length && line[count] == ' ')
        {
            count++;
        }

        return count;
    }
}
