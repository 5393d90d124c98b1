using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

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

    private readonly Dictionary<string, string> _placeholders;

    private PathTemplate(string template, Dictionary<string, string> placeholders, IReadOnlyList<string> undeclared)
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
    public string? PlaceholderFor(string parameterName) => _placeholders.TryGetValue(parameterName, out var name) ? name : null;

    public static PathTemplate Parse(string path, IEnumerable<string> declaredPathParameters)
    {
        var declared = new HashSet<string>(declaredPathParameters, StringComparer.Ordinal);
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var undeclared = new List<string>();
        var template = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var close = path[i] == '{' ? PlaceholderEnd(path, i, declared) : -1;
            if (close < 0)
            {
                i = AppendLiteral(template, path, i);
                continue;
            }

            var name = path.Substring(i + 1, close - i - 1);
            if (!placeholders.TryGetValue(name, out var safe))
            {
                safe = Claim(SafeName(name), used);
                placeholders.Add(name, safe);
                if (!declared.Contains(name))
                {
                    undeclared.Add(safe);
                }
            }

            template.Append('{').Append(safe).Append('}');
            i = close;
        }

        return new PathTemplate(template.ToString(), placeholders, undeclared);
    }

    /// <summary>
    /// The closing brace of a placeholder opened at <paramref name="open"/>, or -1 when the brace opens
    /// none. A declared parameter's name is matched whatever it holds (even '/'); anything else is a
    /// placeholder only within one segment.
    /// </summary>
    private static int PlaceholderEnd(string path, int open, HashSet<string> declared)
    {
        var close = path.IndexOf('}', open + 1);
        if (close <= open + 1)
        {
            return -1;
        }

        var name = path.Substring(open + 1, close - open - 1);
        return declared.Contains(name) || name.IndexOfAny(SegmentBreakers) < 0 ? close : -1;
    }

    private static string SafeName(string name)
    {
        var safe = new string(name.Select(c => IsSafe(c) ? c : '_').ToArray()).Trim('_');
        return safe.Length == 0 ? "parameter" : safe;
    }

    private static bool IsSafe(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '.';

    private static string Claim(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var suffix = 2; !used.Add(candidate); suffix++)
        {
            candidate = name + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>
    /// RFC 3986 path characters stay; anything else is sent percent-encoded (UTF-8), so it is written that
    /// way. Returns the index of the last character consumed (a surrogate pair is one character).
    /// </summary>
    private static int AppendLiteral(StringBuilder template, string path, int index)
    {
        var c = path[index];
        if (c < 0x80 && (char.IsLetterOrDigit(c) || "-._~!$&'()*+,;=:@/%".IndexOf(c) >= 0))
        {
            template.Append(c);
            return index;
        }

        var length = char.IsHighSurrogate(c) && index + 1 < path.Length && char.IsLowSurrogate(path[index + 1]) ? 2 : 1;
        foreach (var b in Encoding.UTF8.GetBytes(path.Substring(index, length)))
        {
            template.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return index + length - 1;
    }
}
