using System.Globalization;
using System.Text.RegularExpressions;

namespace Codegen.Generator.Tests.Diagnostics;

/// <summary>What "a located diagnostic" means: the spec's file name, a line and column inside the text, a stable id.</summary>
public static partial class LocatedDiagnostic
{
    /// <summary>Null when <paramref name="diagnostic"/> is located in <paramref name="text"/> (the file <paramref name="fileName"/>); otherwise why not.</summary>
    public static string? Problem(string diagnostic, string fileName, string text)
    {
        var match = Pattern().Match(diagnostic);
        if (!match.Success)
        {
            return "not located: " + diagnostic;
        }

        if (match.Groups["file"].Value != fileName)
        {
            return $"located in {match.Groups["file"].Value}, not {fileName}: {diagnostic}";
        }

        // A parser that gives up at the end of the input reports the line after the last one.
        var lines = text.Split('\n').Length;
        var line = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture);
        return line >= 1 && line <= lines + 1 && column >= 1 ? null : $"line {line}, column {column} is outside the {lines}-line input: {diagnostic}";
    }

    public static bool IsError(string diagnostic) => diagnostic.Contains(": error OAG", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<file>[^()\r\n]+)\((?<line>\d+),(?<column>\d+)\): (error|warning) OAG\d{4}: [^\r\n]+$")]
    private static partial Regex Pattern();
}
