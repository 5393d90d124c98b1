using System.CommandLine;

namespace PartnerCenter.Cli;

/// <summary>
/// The flag a command that cannot be undone from here needs before it sends anything (<c>delete --sandbox</c>,
/// <c>remove-relationship --yes</c>): without it, the command writes why and exits 2, and nothing is sent.
/// </summary>
internal sealed class Confirmation(string name, string description, string refusal)
{
    public Option<bool> Option { get; } = new(name) { Description = description };

    /// <summary>Null when the flag was given; otherwise the exit code, after the refusal was written.</summary>
    public async Task<int?> RefuseUnlessGivenAsync(ParseResult parseResult, CliInvocation invocation) =>
        parseResult.GetValue(Option) ? null : await invocation.FailAsync(ExitCodes.UsageError, refusal);
}
