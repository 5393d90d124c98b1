namespace PartnerCenter.Cli;

/// <summary>
/// Standard output was closed by its reader (<c>partner-center customers list | head</c>): the reader has what it
/// wanted, so the tool stops quietly rather than reporting a broken pipe.
/// </summary>
internal sealed class OutputClosedException : Exception
{
    public OutputClosedException()
    {
    }

    public OutputClosedException(string message)
        : base(message)
    {
    }

    public OutputClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
