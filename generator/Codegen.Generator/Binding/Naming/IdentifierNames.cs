using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Codegen.Generator.Binding.Naming;

/// <summary>
/// Turns spec names into C# identifiers. The rule (documented in docs/naming.md):
/// split into words at every character that is not a letter or digit and at lower→upper case changes;
/// capitalise each word (all-caps words longer than two letters become Pascal case: HTTP → Http);
/// prefix a leading digit with '_'; escape reserved keywords with '@'; use a fallback for empty results.
/// Letters outside ASCII are kept; format characters (bidi controls, zero-width joiners) never are.
/// </summary>
internal static class IdentifierNames
{
    public static string Pascal(string raw, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var word in Words(raw))
        {
            builder.Append(Capitalize(word));
        }

        return Finish(builder.ToString(), fallback);
    }

    public static string Camel(string raw, string fallback)
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

        return char.IsDigit(name[0]) ? "_" + name : name;
    }

    private static string Capitalize(string word)
    {
        var allUpper = true;
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                allUpper = false;
                break;
            }
        }

        if (allUpper && word.Length > 2)
        {
            return word.Substring(0, 1) + word.Substring(1).ToLowerInvariant();
        }

        return char.ToUpperInvariant(word[0]) + word.Substring(1);
    }

    private static IEnumerable<string> Words(string raw)
    {
        var current = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (!IsWordCharacter(c))
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                continue;
            }

            var startsNewWord = current.Length > 0
                && char.IsUpper(c)
                && (char.IsLower(raw[i - 1]) || char.IsDigit(raw[i - 1])
                    || (i + 1 < raw.Length && char.IsLower(raw[i + 1]) && char.IsUpper(raw[i - 1])));
            if (startsNewWord)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

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
