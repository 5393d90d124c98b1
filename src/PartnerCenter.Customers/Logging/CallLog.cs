using Microsoft.Extensions.Logging;

namespace PartnerCenter.Customers.Logging;

/// <summary>The runtime's log messages, compiled by the LoggerMessage source generator.</summary>
internal static partial class CallLog
{
    /// <summary>The logger category of the per-call log line.</summary>
    public const string Category = "PartnerCenter.Customers";

    [LoggerMessage(
        EventId = 1,
        EventName = "PartnerCenterCallCompleted",
        Message = "Partner Center {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms after {Attempts} attempt(s) (MS-CorrelationId {CorrelationId}, MS-RequestId {RequestId})")]
    public static partial void CallCompleted(
        ILogger logger, LogLevel level, string method, string path, int statusCode, long elapsedMilliseconds, int attempts, string? correlationId, string? requestId);

    [LoggerMessage(
        EventId = 2,
        EventName = "PartnerCenterCallFailed",
        Message = "Partner Center {Method} {Path} failed after {ElapsedMilliseconds} ms and {Attempts} attempt(s): {Failure} (MS-CorrelationId {CorrelationId}, MS-RequestId {RequestId})")]
    public static partial void CallFailed(
        ILogger logger, LogLevel level, string method, string path, long elapsedMilliseconds, int attempts, string failure, string? correlationId, string? requestId);
}
