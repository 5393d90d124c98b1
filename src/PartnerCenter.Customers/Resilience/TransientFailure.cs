using System.Net;
using Polly;
using Polly.Timeout;

namespace PartnerCenter.Customers.Resilience;

/// <summary>Which outcomes of an attempt are worth another attempt.</summary>
internal static class TransientFailure
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool requestIsIdempotent, TimeSpan totalTimeout, TimeProvider timeProvider)
    {
        if (outcome.Result is { } response)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // Throttled requests were refused, never applied, so any method may be repeated. A wait that
                // outlasts the whole call's time budget is pointless: the caller hears the 429 at once instead.
                return Http.RetryAfterHeader.Read(response, timeProvider) is not { } wait || wait < totalTimeout;
            }

            return requestIsIdempotent && IsTransientStatus(response.StatusCode);
        }

        return requestIsIdempotent && outcome.Exception is HttpRequestException or TimeoutRejectedException;
    }

    // 501 (not implemented) and 505 (version not supported) will not change on a retry.
    private static bool IsTransientStatus(HttpStatusCode status) =>
        status == HttpStatusCode.RequestTimeout
        || ((int)status >= 500 && status != HttpStatusCode.NotImplemented && status != HttpStatusCode.HttpVersionNotSupported);
}
