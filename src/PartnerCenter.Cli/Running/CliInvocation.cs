namespace PartnerCenter.Cli;

/// <summary>What a command runs with: where it writes, what the environment holds, whether a person watches standard error.</summary>
/// <param name="Output">Standard output: the resources only, so that it can be piped.</param>
/// <param name="Error">Standard error: failures (one line each), notices and progress.</param>
/// <param name="Environment">Reads an environment variable (credentials only).</param>
/// <param name="ErrorIsTerminal">Standard error is a terminal rather than a file or pipe: progress lines are shown only then.</param>
/// <param name="Input">Standard input, read for <c>--from -</c>.</param>
/// <param name="CancellationToken">Cancelled by Ctrl+C.</param>
internal sealed record CliInvocation(
    TextWriter Output,
    TextWriter Error,
    Func<string, string?> Environment,
    bool ErrorIsTerminal,
    TextReader Input,
    CancellationToken CancellationToken)
{
    public static CliInvocation FromConsole(CancellationToken cancellationToken) =>
        new(Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, !Console.IsErrorRedirected, Console.In, cancellationToken);

    /// <summary>Writes one line on standard error and returns <paramref name="exitCode"/>.</summary>
    public async Task<int> FailAsync(int exitCode, string message)
    {
        await Error.WriteLineAsync(Failures.OneLine(message));
        return exitCode;
    }
}
