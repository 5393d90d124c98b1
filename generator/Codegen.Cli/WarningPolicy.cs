namespace Codegen.Cli;

/// <summary>
/// What MSBuild's NoWarn, WarningsAsErrors, WarningsNotAsErrors and TreatWarningsAsErrors mean for the generator's
/// warnings, applied by the tool itself (the build passes the project's values): a suppressed warning is not printed,
/// a promoted one is printed as an error and fails the run. Errors stay errors.
/// </summary>
internal sealed record WarningPolicy(
    IReadOnlySet<string> Suppressed,
    IReadOnlySet<string> AsErrors,
    IReadOnlySet<string> NotAsErrors,
    bool AllAsErrors)
{
    public static readonly WarningPolicy Default = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), false);

    public static WarningPolicy Parse(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors)
        => new(Ids(noWarn), Ids(warningsAsErrors), Ids(warningsNotAsErrors), treatWarningsAsErrors);

    /// <summary>The severity a warning is reported with; null when it is suppressed.</summary>
    public Microsoft.CodeAnalysis.DiagnosticSeverity? Apply(string id, Microsoft.CodeAnalysis.DiagnosticSeverity severity)
    {
        if (severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
        {
            return severity;
        }

        if (Suppressed.Contains(id))
        {
            return null;
        }

        return AsErrors.Contains(id) || (AllAsErrors && !NotAsErrors.Contains(id))
            ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error
            : severity;
    }

    // MSBuild lists: ';' or ',' separated, with spaces and line breaks allowed; ids compare ignoring case.
    private static HashSet<string> Ids(string? list)
        => new((list ?? string.Empty).Split([';', ',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
