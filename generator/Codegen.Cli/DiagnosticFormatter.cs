using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Codegen.Cli;

/// <summary>Formats diagnostics in the canonical form MSBuild, IDEs and CI logs recognise: file(line,col): error ID: message.</summary>
internal static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic) => Format(diagnostic, diagnostic.Severity);

    public static string Format(Diagnostic diagnostic, DiagnosticSeverity reported)
    {
        var severity = reported switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var span = diagnostic.Location.GetLineSpan();
        if (!span.IsValid || string.IsNullOrEmpty(span.Path))
        {
            return $"codegen: {severity} {diagnostic.Id}: {message}";
        }

        var line = span.StartLinePosition.Line + 1;
        var column = span.StartLinePosition.Character + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{span.Path}({line},{column}): {severity} {diagnostic.Id}: {message}");
    }
}
