using System;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Codegen.Generator.Binding.Naming;

/// <summary>
/// The namespace option is used exactly as given, so that a user's hand-written partial types in that namespace
/// merge with the generated ones. It is checked, never repaired: a repaired name would silently be another
/// namespace. Valid is what the C# compiler accepts after <c>namespace</c>: dotted identifiers, where a keyword
/// part is written verbatim (<c>Contoso.@event</c>).
/// </summary>
internal static class NamespaceName
{
    /// <summary>How to write a valid one, for the error's fix.</summary>
    public const string Example = "Write dotted C# identifiers, e.g. Contoso.MyClient.V2 (a part that is a C# keyword is written with '@': Contoso.@event)";

    /// <summary>What is wrong with <paramref name="name"/> as a C# namespace; null when nothing is.</summary>
    public static string? Problem(string name)
    {
        if (name.Trim().Length == 0)
        {
            return "it is empty";
        }

        if (name.StartsWith("global::", StringComparison.Ordinal))
        {
            return "'global::' is not part of a namespace declaration; leave it out";
        }

        foreach (var part in name.Split('.'))
        {
            if (PartProblem(part) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? PartProblem(string part)
    {
        if (part.Length == 0)
        {
            return "it has an empty part (two dots in a row, or a dot at the start or end)";
        }

        foreach (var c in part)
        {
            // Roslyn accepts formatting characters (bidi controls, zero-width joiners) in identifiers and ignores
            // them: a name could then read differently from what it is.
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return "the part '" + part + "' contains an invisible formatting character (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")";
            }
        }

        var verbatim = part.StartsWith("@", StringComparison.Ordinal);
        var identifier = verbatim ? part.Substring(1) : part;
        if (!SyntaxFacts.IsValidIdentifier(identifier))
        {
            return identifier.Length > 0 && (char.IsDigit(identifier[0]) || !SyntaxFacts.IsIdentifierStartCharacter(identifier[0]))
                ? $"the part '{part}' does not start with a letter or '_'"
                : $"the part '{part}' contains a character that is not allowed in a C# identifier";
        }

        if (!verbatim && SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None)
        {
            return $"the part '{part}' is a C# keyword; write it as '@{part}'";
        }

        return null;
    }
}
