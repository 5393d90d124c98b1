using System.Globalization;
using System.Text;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Writes spec text as a C# regular string literal. Quotes, backslashes, every control character,
/// line and paragraph separators and Unicode format characters (bidi controls included) are escaped,
/// so no spec text can end the literal, start a new line or reorder what a reviewer sees.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string value)
    {
        if (IsPlainText(value))
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 8);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>The literal, appended into a line being written (see <see cref="SourceWriter.LineHandler"/>) with no string of its own.</summary>
    public readonly struct Quoted(string value) : ISourceText
    {
        public void AppendTo(StringBuilder builder) => Append(builder, value);
    }

    /// <summary>Appends <paramref name="value"/> as a literal, quotes included.</summary>
    public static void Append(StringBuilder builder, string value)
    {
        builder.Append('"');
        if (IsPlainText(value))
        {
            builder.Append(value).Append('"');
            return;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Printable ASCII but for the quote and the backslash: written as it is.</summary>
    private static bool IsPlainText(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || c is '"' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    public static bool NeedsEscape(char c)
        => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
