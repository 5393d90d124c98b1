namespace PartnerCenter.Cli;

/// <summary>
/// The process exit codes, one per kind of outcome, so scripts can react without parsing messages.
/// Documented in <c>--help</c> (see <see cref="HelpText"/>) and in docs/cli-and-runtime.md.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ServiceError = 1;
    public const int UsageError = 2;
    public const int InvalidCustomerId = 3;
    public const int NotFound = 4;
    public const int Unauthorized = 5;
    public const int Throttled = 6;
    public const int NetworkFailure = 7;
    public const int ConcurrencyConflict = 8;
    public const int UnexpectedError = 10;
    public const int Cancelled = 130;
    public const int Terminated = 143;

    /// <summary>The table shown by <c>--help</c>.</summary>
    public const string HelpText =
        """
        Exit codes:
          0    done: the resources were printed, or the change was made
          1    Partner Center answered with another error (400, 409, 5xx after retries), or with something the client does
               not accept: a body that is not the resource, one over the size limit, a success without the resource,
               a redirect to another origin
          2    usage error: unknown option, bad value, bad --endpoint, an input file missing or not the expected JSON,
               a credential variable empty, incomplete or unusable, delete without --sandbox, remove-relationship
               without --yes
          3    the customer tenant id is not a GUID (nothing was sent)
          4    not found (404)
          5    unauthorized or forbidden (401, 403), or no token could be obtained
          6    throttled (429) and still throttled after retries
          7    network failure: connection refused, name not resolved, connection dropped, or timed out
          8    concurrency conflict: the billing profile changed since it was read (412, or 400 with code 2055);
               nothing was changed: read it again, reapply the change, update again
          10   unexpected failure of the tool itself
          130  cancelled by Ctrl+C (SIGINT)
          143  cancelled by SIGTERM
        """;
}
