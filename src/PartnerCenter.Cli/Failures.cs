using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>Turns a failure into its exit code and the one line printed on standard error.</summary>
internal static partial class Failures
{
    public static (int ExitCode, string Message) Describe(Exception exception) => exception switch
    {
        PartnerCenterException failure => Describe(failure),
        // The service's next-page link asked for something the pager will not follow.
        Specweave.Runtime.PageLinkException link => (ExitCodes.ServiceError, $"error: invalid response: {link.Message}"),
        OptionsValidationException invalid => (ExitCodes.UsageError, $"error: invalid settings: {string.Join(" ", invalid.Failures)}"),
        _ => (ExitCodes.UnexpectedError, $"error: unexpected failure ({exception.GetType().Name}): {exception.Message}"),
    };

    private static (int ExitCode, string Message) Describe(PartnerCenterException failure)
    {
        var (exitCode, what) = failure.Kind switch
        {
            PartnerCenterFailureKind.Network => (ExitCodes.NetworkFailure, "network failure"),
            PartnerCenterFailureKind.Timeout => (ExitCodes.NetworkFailure, "timed out"),
            PartnerCenterFailureKind.Authentication => (ExitCodes.Unauthorized, "authentication failed"),
            PartnerCenterFailureKind.ErrorResponse => failure.StatusCode switch
            {
                404 => (ExitCodes.NotFound, "not found"),
                401 => (ExitCodes.Unauthorized, "unauthorized"),
                403 => (ExitCodes.Unauthorized, "forbidden"),
                429 => (ExitCodes.Throttled, "throttled"),
                _ => (ExitCodes.ServiceError, "service error"),
            },
            PartnerCenterFailureKind.InvalidResponse => (ExitCodes.ServiceError, "invalid response"),
            PartnerCenterFailureKind.ConcurrencyConflict => (ExitCodes.ConcurrencyConflict, "concurrency conflict"),
            _ => (ExitCodes.ServiceError, "service error"),
        };
        return (exitCode, $"error: {what}: {failure.Message}");
    }

    /// <summary>Messages go to a terminal one line each: line breaks and runs of whitespace become one space.</summary>
    public static string OneLine(string message) => WhitespaceRun().Replace(message, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
