using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Parsing;

/// <summary>Typed reads from YAML nodes, with YAML's plain-scalar rules for null, booleans and numbers.</summary>
internal static class YamlAccess
{
    /// <summary>
    /// Lookup keys by name. Readers look up a few dozen keywords on every node, and a fresh key node per
    /// lookup was a third of what reading allocated on large descriptions. Keys are only compared, never
    /// changed, so sharing them between threads is safe; the cache is bounded in case a caller passes spec text.
    /// </summary>
    private static readonly ConcurrentDictionary<string, YamlScalarNode> Keys = new(StringComparer.Ordinal);

    private const int MaxCachedKeys = 512;

    public static YamlScalarNode Key(string name)
    {
        if (Keys.TryGetValue(name, out var key))
        {
            return key;
        }

        key = new YamlScalarNode(name);
        return Keys.Count < MaxCachedKeys ? Keys.GetOrAdd(name, key) : key;
    }

    public static YamlNode? Get(this YamlMappingNode mapping, string key)
        => mapping.Children.TryGetValue(Key(key), out var value) ? value : null;

    public static string? GetString(this YamlMappingNode mapping, string key)
        => mapping.Get(key) is YamlScalarNode scalar && !IsNull(scalar) ? scalar.Value : null;

    public static bool GetBool(this YamlMappingNode mapping, string key)
        => mapping.Get(key) is YamlScalarNode scalar && IsTrue(scalar);

    public static bool? GetOptionalBool(this YamlMappingNode mapping, string key)
        => mapping.Get(key) is YamlScalarNode scalar && !IsNull(scalar) ? IsTrue(scalar) : null;

    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlMappingNode mapping)
    {
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } key })
            {
                yield return new KeyValuePair<string, YamlNode>(key, entry.Value);
            }
        }
    }

    public static bool IsPlain(this YamlScalarNode scalar) => scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;

    public static bool IsNull(YamlScalarNode scalar)
        => scalar.IsPlain() && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    public static bool IsTrue(YamlScalarNode scalar)
        => scalar.Value is "true" or "True" or "TRUE";

    public static bool IsBoolean(YamlScalarNode scalar)
        => scalar.IsPlain() && scalar.Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    public static bool IsNumber(YamlScalarNode scalar)
        => scalar.IsPlain() && scalar.Value is { Length: > 0 } value
           && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
           && !double.IsInfinity(number) && !double.IsNaN(number)
           && (char.IsDigit(value[0]) || value[0] is '-' or '+' or '.');

    /// <summary>The node written as JSON text (for defaults, consts and examples).</summary>
    public static string ToJson(YamlNode node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(YamlNode node, StringBuilder builder)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar):
                builder.Append("null");
                break;
            case YamlScalarNode scalar when IsBoolean(scalar):
                builder.Append(IsTrue(scalar) ? "true" : "false");
                break;
            case YamlScalarNode scalar when IsNumber(scalar):
                builder.Append(scalar.Value!.TrimStart('+'));
                break;
            case YamlScalarNode scalar:
                WriteString(scalar.Value ?? string.Empty, builder);
                break;
            case YamlSequenceNode sequence:
                builder.Append('[');
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(sequence.Children[i], builder);
                }

                builder.Append(']');
                break;
            case YamlMappingNode mapping:
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
