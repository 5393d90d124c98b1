namespace PartnerCenter.Cli;

/// <summary>
/// Ends a command with an exit code and one line on standard error, from wherever the problem is found
/// (a file that turns out not to fit once the current resource is read, for example).
/// </summary>
internal sealed class CliExitException : Exception
{
    public CliExitException()
        : this(ExitCodes.UnexpectedError, "error: unexpected failure.")
    {
    }

    public CliExitException(string message)
        : this(ExitCodes.UsageError, message)
    {
    }

    public CliExitException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.UsageError;
    }

    public CliExitException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
