using System;
using System.Globalization;
using System.Text;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>Typed reads from description nodes, with YAML's plain-scalar rules for null, booleans and numbers.</summary>
internal static class YamlAccess
{
    public static string? GetString(this DocMapping mapping, string key)
        => mapping.TryGetScalar(key, out var text, out var isPlain) && !IsNull(text, isPlain) ? text : null;

    public static bool GetBool(this DocMapping mapping, string key)
        => mapping.TryGetScalar(key, out var text, out _) && IsTrue(text);

    public static bool? GetOptionalBool(this DocMapping mapping, string key)
        => mapping.TryGetScalar(key, out var text, out var isPlain) && !IsNull(text, isPlain) ? IsTrue(text) : null;

    public static bool IsNull(DocScalar scalar) => IsNull(scalar.Value, scalar.IsPlain);

    public static bool IsTrue(DocScalar scalar) => IsTrue(scalar.Value);

    private static bool IsNull(string text, bool isPlain)
        => isPlain && (text is null or "" or "~" or "null" or "Null" or "NULL");

    private static bool IsTrue(string text) => text is "true" or "True" or "TRUE";

    public static bool IsBoolean(DocScalar scalar)
        => scalar.IsPlain && scalar.Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    /// <remarks>The first character is checked before parsing: most plain scalars are words, and parsing them is the cost.</remarks>
    public static bool IsNumber(DocScalar scalar)
        => scalar.IsPlain && scalar.Value is { Length: > 0 } value
           && (char.IsDigit(value[0]) || value[0] is '-' or '+' or '.')
           && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
           && !double.IsInfinity(number) && !double.IsNaN(number);

    /// <summary>The node written as JSON text (for defaults, consts and examples).</summary>
    public static string ToJson(DocNode node)
    {
        // Enum values and defaults are mostly words: quoted as they are, without a builder.
        if (node is DocScalar scalar && !IsNull(scalar) && !IsBoolean(scalar) && !IsNumber(scalar) && IsPlainJsonText(scalar.Value))
        {
            return "\"" + scalar.Value + "\"";
        }

        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(DocNode node, StringBuilder builder)
    {
        switch (node)
        {
            case DocScalar scalar when IsNull(scalar):
                builder.Append("null");
                break;
            case DocScalar scalar when IsBoolean(scalar):
                builder.Append(IsTrue(scalar) ? "true" : "false");
                break;
            case DocScalar scalar when IsNumber(scalar):
                builder.Append(scalar.Value.TrimStart('+'));
                break;
            case DocScalar scalar:
                WriteString(scalar.Value, builder);
                break;
            case DocSequence sequence:
                builder.Append('[');
                for (var i = 0; i < sequence.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(sequence[i], builder);
                }

                builder.Append(']');
                break;
            case DocMapping mapping:
                builder.Append('{');
                var first = true;
                foreach (var entry in mapping.Entries())
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    WriteString(entry.Key, builder);
                    builder.Append(':');
                    Write(entry.Value, builder);
                }

                builder.Append('}');
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    /// <summary>Text <see cref="WriteString"/> copies unchanged: printable ASCII but for the quote and the backslash.</summary>
    private static bool IsPlainJsonText(string value)
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

    private static void WriteString(string value, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
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
}
