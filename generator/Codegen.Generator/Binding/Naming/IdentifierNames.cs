using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Codegen.Generator.Binding.Naming;

/// <summary>
/// Turns spec names into C# identifiers. The rule (documented in docs/naming.md):
/// normalise to Unicode NFC; split into words at every character that is not a letter, digit or
/// combining mark and at lower→upper case changes; capitalise each word (all-caps words longer than
/// two letters become Pascal case: HTTP → Http); prefix a leading digit with '_'; escape reserved
/// keywords with '@' (only camel-case names can be keywords); use a fallback for empty results;
/// shorten names over <see cref="MaxLength"/> characters to a prefix plus a hash of the whole name.
/// Letters outside ASCII are kept; format characters (bidi controls, zero-width joiners) never are.
/// Collisions are not resolved here but by <see cref="NameScope"/> (Name, Name2, ...).
/// </summary>
internal static class IdentifierNames
{
    /// <summary>Longer names are cut: C# allows 512 characters, and file names (type name + ".g.cs") must stay short.</summary>
    public const int MaxLength = 128;

    /// <summary>
    /// Names already made, per thread: descriptions repeat the same names endlessly ("id", "name", "value"),
    /// and the rule is a pure function of the name and the fallback. Cleared when full, so it stays small.
    /// </summary>
    [System.ThreadStatic]
    private static Dictionary<(string Raw, string Fallback), string>? t_pascalNames;

    private const int MaxCachedNames = 8192;

    public static string Pascal(string raw, string fallback)
    {
        var cache = t_pascalNames ??= new Dictionary<(string, string), string>();
        if (cache.TryGetValue((raw, fallback), out var known))
        {
            return known;
        }

        if (cache.Count >= MaxCachedNames)
        {
            cache.Clear();
        }

        var name = MakePascal(raw, fallback);
        cache.Add((raw, fallback), name);
        return name;
    }

    [System.ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>
    /// Words are runs of the normalised name (see <see cref="WordEnd"/>), capitalised as they are appended:
    /// no string per word. An all-caps word longer than two letters keeps its first character and lowers the
    /// rest (HTTP → Http); any other word gets its first character upper-cased.
    /// </summary>
    private static string MakePascal(string raw, string fallback)
    {
        var text = raw.Normalize(NormalizationForm.FormC);
        var builder = t_builder ??= new StringBuilder();
        builder.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordCharacter(text[i]))
            {
                // A separator; a combining mark only continues a word, it never starts one.
                i++;
                continue;
            }

            var end = WordEnd(text, i);
            var allUpper = true;
            for (var j = i; j < end; j++)
            {
                if (char.IsLetter(text[j]) && !char.IsUpper(text[j]))
                {
                    allUpper = false;
                    break;
                }
            }

            if (allUpper && end - i > 2)
            {
                builder.Append(text[i]);
                for (var j = i + 1; j < end; j++)
                {
                    builder.Append(char.ToLowerInvariant(text[j]));
                }
            }
            else
            {
                builder.Append(char.ToUpperInvariant(text[i]));
                builder.Append(text, i + 1, end - i - 1);
            }

            i = end;
        }

        var name = builder.ToString();
        if (builder.Capacity > 4096)
        {
            t_builder = null;
        }

        return Finish(name, fallback);
    }

    /// <summary>
    /// Where the word starting at <paramref name="start"/> (a word character) ends: at a character that is neither
    /// a word character nor a combining mark, or before an upper-case letter that follows a lower-case letter or a
    /// digit, or that ends a run of capitals before a lower-case letter ("HTTPServer" → HTTP, Server).
    /// </summary>
    private static int WordEnd(string text, int start)
    {
        var i = start + 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsWordCharacter(c) && !IsCombiningMark(c))
            {
                break;
            }

            var startsNewWord = char.IsUpper(c)
                && (char.IsLower(text[i - 1]) || char.IsDigit(text[i - 1])
                    || (i + 1 < text.Length && char.IsLower(text[i + 1]) && char.IsUpper(text[i - 1])));
            if (startsNewWord)
            {
                break;
            }
        }

        return i;
    }

    [System.ThreadStatic]
    private static Dictionary<(string Raw, string Fallback), string>? t_camelNames;

    /// <summary>Camel case (parameters, fields): cached like <see cref="Pascal"/>, parameter names repeat as much.</summary>
    public static string Camel(string raw, string fallback)
    {
        var cache = t_camelNames ??= new Dictionary<(string, string), string>();
        if (cache.TryGetValue((raw, fallback), out var known))
        {
            return known;
        }

        if (cache.Count >= MaxCachedNames)
        {
            cache.Clear();
        }

        var name = MakeCamel(raw, fallback);
        cache.Add((raw, fallback), name);
        return name;
    }

    private static string MakeCamel(string raw, string fallback)
    {
        var pascal = Pascal(raw, fallback);
        if (pascal.StartsWith("_", System.StringComparison.Ordinal))
        {
            return pascal;
        }

        var leadingUpper = 0;
        while (leadingUpper < pascal.Length && char.IsUpper(pascal[leadingUpper]))
        {
            leadingUpper++;
        }

        // "MSRequestId" → "msRequestId", "Id" → "id", "URL" → "url".
        var lowerCount = leadingUpper <= 1 || leadingUpper == pascal.Length ? leadingUpper : leadingUpper - 1;
        if (lowerCount == 0)
        {
            return EscapeKeyword(pascal);
        }

        var camel = pascal.Substring(0, lowerCount).ToLowerInvariant() + pascal.Substring(lowerCount);
        return EscapeKeyword(camel);
    }

    public static string EscapeKeyword(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) is SyntaxKind.VarKeyword
            ? "@" + identifier
            : identifier;

    public static bool IsValid(string identifier)
        => SyntaxFacts.IsValidIdentifier(identifier.StartsWith("@", System.StringComparison.Ordinal) ? identifier.Substring(1) : identifier);

    private static string Finish(string name, string fallback)
    {
        if (name.Length == 0)
        {
            return fallback;
        }

        if (name.Length > MaxLength)
        {
            // The hash keeps two long names that share a prefix apart, and is the same on every machine.
            name = name.Substring(0, MaxLength - 9) + "_" + StableHash(name).ToString("X8", CultureInfo.InvariantCulture);
        }

        return char.IsDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>FNV-1a over the UTF-16 code units: string.GetHashCode differs between processes.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    /// <summary>Marks C# accepts inside (not at the start of) an identifier: accents left after NFC, Indic vowel signs.</summary>
    private static bool IsCombiningMark(char c)
        => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Letters and digits that C# accepts in identifiers; surrogates and format characters are separators.</summary>
    private static bool IsWordCharacter(char c)
    {
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                return false;
        }
    }
}
