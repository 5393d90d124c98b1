using Microsoft.Extensions.Logging;
using PartnerCenter.Customers.Errors;
using PartnerCenter.Customers.Http;

namespace PartnerCenter.Customers.Logging;

/// <summary>
/// Writes one log line per logical call (outside the resilience handler, so retries are inside it): method,
/// path, status or failure, duration, attempts and the Partner Center ids. Never a header value, query string
/// or body, and failure text only as <see cref="ServerText"/> leaves it.
/// </summary>
internal sealed class CallLoggingHandler(ILogger logger, TimeProvider timeProvider) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // No line at either level: nothing to time or wait for, and nothing allocated.
        return logger.IsEnabled(LogLevel.Information) || logger.IsEnabled(LogLevel.Warning)
            ? SendAndLogAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAndLogAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var level = response.IsSuccessStatusCode ? LogLevel.Information : LogLevel.Warning;
            if (logger.IsEnabled(level))
            {
                var identity = RequestIdentity.Of(request, response);
                var elapsed = ElapsedMilliseconds(started);
                var attempts = CallAttempts.Of(request) ?? 1;
                CallLog.CallCompleted(
                    logger,
                    level,
                    identity.Method,
                    identity.Path,
                    (int)response.StatusCode,
                    elapsed,
                    attempts,
                    identity.CorrelationId,
                    identity.RequestId);
            }

            return response;
        }
        catch (Exception exception)
        {
            var cancelled = exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
            var level = cancelled ? LogLevel.Information : LogLevel.Warning;
            if (logger.IsEnabled(level))
            {
                var identity = RequestIdentity.Of(request);
                var elapsed = ElapsedMilliseconds(started);
                var attempts = CallAttempts.Of(request) ?? 1;
                // The runtime's own exceptions are already clean; the platform's can quote what the server sent.
                var failure = cancelled ? "cancelled by the caller"
                    : exception is PartnerCenterException ? exception.Message
                    : $"{exception.GetType().Name}: {ServerText.ForMessage(exception.Message, ServerText.DefaultMaxLength, request.Headers.Authorization?.Parameter)}";
                CallLog.CallFailed(
                    logger,
                    level,
                    identity.Method,
                    identity.Path,
                    elapsed,
                    attempts,
                    failure,
                    identity.CorrelationId,
                    identity.RequestId);
            }

            throw;
        }
    }

    private long ElapsedMilliseconds(long started) => (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
