using System.Globalization;
using System.Text;

namespace Codegen.Generator.Diagnostics;

/// <summary>
/// Makes spec text safe to quote in a diagnostic. Build logs are parsed line by line, so a newline
/// in a spec name could otherwise forge a "file(1,1): error" line; control and bidi characters are escaped.
/// </summary>
internal static class DiagnosticText
{
    private const int MaxLength = 200;

    public static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (builder.Length >= MaxLength)
            {
                builder.Append('…');
                break;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
