using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// The path of an operation made safe for Refit's route template. A placeholder's name never reaches
/// the wire (only the parameter's value does), so a name Refit cannot match (quotes, slashes, braces)
/// is replaced by a plain one; literal characters that may not appear raw in a URL path (backslash,
/// line breaks, a brace that opens no placeholder) are percent-encoded, as they would be when sent.
/// </summary>
internal sealed class PathTemplate
{
    private static readonly char[] SegmentBreakers = { '/', '{' };

    /// <summary>A path has a placeholder or two: lists, scanned, rather than a table per operation.</summary>
    private readonly IReadOnlyList<KeyValuePair<string, string>> _placeholders;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    private PathTemplate(string template, IReadOnlyList<KeyValuePair<string, string>> placeholders, IReadOnlyList<string> undeclared)
    {
        Template = template;
        _placeholders = placeholders;
        Undeclared = undeclared;
    }

    /// <summary>The route for the HTTP method attribute.</summary>
    public string Template { get; }

    /// <summary>Placeholders of the path no path parameter declares, by their (safe) names, in path order.</summary>
    public IReadOnlyList<string> Undeclared { get; }

    /// <summary>The placeholder a declared path parameter fills, or null when the path has no placeholder for it.</summary>
    public string? PlaceholderFor(string parameterName) => Find(_placeholders, parameterName, byValue: false);

    /// <param name="parameters">The operation's parameters: its path parameters are the declared placeholders.</param>
    public static PathTemplate Parse(string path, IReadOnlyList<ApiParameter> parameters)
    {
        List<KeyValuePair<string, string>>? placeholders = null;
        List<string>? undeclared = null;
        var template = t_builder ??= new StringBuilder();
        template.Clear();

        // Most paths are route templates already: then the path itself is the template, and no string is made.
        var changed = false;
        for (var i = 0; i < path.Length; i++)
        {
            var close = path[i] == '{' ? PlaceholderEnd(path, i, parameters) : -1;
            if (close < 0 && IsPathCharacter(path[i]))
            {
                template.Append(path[i]);
                continue;
            }

            if (close < 0)
            {
                changed = true;
                i = AppendEncoded(template, path, i);
                continue;
            }

            var name = path.Substring(i + 1, close - i - 1);
            placeholders ??= new List<KeyValuePair<string, string>>(1);
            if (Find(placeholders, name, byValue: false) is not { } safe)
            {
                safe = Claim(SafeName(name), placeholders);
                placeholders.Add(new KeyValuePair<string, string>(name, safe));
                if (!IsDeclared(name, parameters))
                {
                    (undeclared ??= new List<string>()).Add(safe);
                }
            }

            changed |= !string.Equals(safe, name, StringComparison.Ordinal);
            template.Append('{').Append(safe).Append('}');
            i = close;
        }

        return new PathTemplate(changed ? template.ToString() : path, (IReadOnlyList<KeyValuePair<string, string>>?)placeholders ?? Array.Empty<KeyValuePair<string, string>>(), (IReadOnlyList<string>?)undeclared ?? Array.Empty<string>());
    }

    /// <summary>
    /// The closing brace of a placeholder opened at <paramref name="open"/>, or -1 when the brace opens
    /// none. A declared parameter's name is matched whatever it holds (even '/'); anything else is a
    /// placeholder only within one segment.
    /// </summary>
    private static int PlaceholderEnd(string path, int open, IReadOnlyList<ApiParameter> parameters)
    {
        var close = path.IndexOf('}', open + 1);
        if (close <= open + 1)
        {
            return -1;
        }

        var name = path.Substring(open + 1, close - open - 1);
        return IsDeclared(name, parameters) || name.IndexOfAny(SegmentBreakers) < 0 ? close : -1;
    }

    private static bool IsDeclared(string name, IReadOnlyList<ApiParameter> parameters)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].In == ParameterLocation.Path && string.Equals(parameters[i].Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The safe name of placeholder <paramref name="key"/> (or, <paramref name="byValue"/>, whether the safe name is taken).</summary>
    private static string? Find(IReadOnlyList<KeyValuePair<string, string>> placeholders, string key, bool byValue)
    {
        // Indexed: a foreach over the interface would box an enumerator per question.
        for (var i = 0; i < placeholders.Count; i++)
        {
            if (string.Equals(byValue ? placeholders[i].Value : placeholders[i].Key, key, StringComparison.Ordinal))
            {
                return placeholders[i].Value;
            }
        }

        return null;
    }

    private static string SafeName(string name)
    {
        foreach (var c in name)
        {
            if (!IsSafe(c))
            {
                var safe = new string(name.Select(c => IsSafe(c) ? c : '_').ToArray()).Trim('_');
                return safe.Length == 0 ? "parameter" : safe;
            }
        }

        // Only safe characters: trimming '_' is all that may change it.
        var trimmed = name.Trim('_');
        return trimmed.Length == 0 ? "parameter" : trimmed;
    }

    private static bool IsSafe(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '.';

    /// <summary>The first of name, name2, name3... that no earlier placeholder's safe name is.</summary>
    private static string Claim(string name, IReadOnlyList<KeyValuePair<string, string>> placeholders)
    {
        var candidate = name;
        for (var suffix = 2; Find(placeholders, candidate, byValue: true) is not null; suffix++)
        {
            candidate = name + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>RFC 3986 path characters stay as they are; anything else is sent percent-encoded, so it is written that way.</summary>
    private static bool IsPathCharacter(char c) => c < 0x80 && (char.IsLetterOrDigit(c) || "-._~!$&'()*+,;=:@/%".IndexOf(c) >= 0);

    /// <summary>
    /// Appends the character at <paramref name="index"/> percent-encoded (UTF-8). Returns the index of the last
    /// character consumed (a surrogate pair is one character).
    /// </summary>
    private static int AppendEncoded(StringBuilder template, string path, int index)
    {
        var c = path[index];
        var length = char.IsHighSurrogate(c) && index + 1 < path.Length && char.IsLowSurrogate(path[index + 1]) ? 2 : 1;
        foreach (var b in Encoding.UTF8.GetBytes(path.Substring(index, length)))
        {
            template.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return index + length - 1;
    }
}
