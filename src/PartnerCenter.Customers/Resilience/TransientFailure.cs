using System.Net;
using Polly;
using Polly.Timeout;

namespace PartnerCenter.Customers.Resilience;

/// <summary>Which outcomes of an attempt are worth another attempt.</summary>
internal static class TransientFailure
{
    /// <param name="outcome">The outcome of the attempt.</param>
    /// <param name="requestIsIdempotent">Whether the request may be repeated after a failure whose effect is unknown.</param>
    /// <param name="budget">What is left of the call's total timeout when the attempt ended.</param>
    /// <param name="timeProvider">The clock that a <c>Retry-After</c> date is measured against.</param>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool requestIsIdempotent, TimeSpan budget, TimeProvider timeProvider)
    {
        if (outcome.Result is { } response)
        {
            // Throttled requests were refused, never applied, so any method may be repeated.
            var retryable = response.StatusCode == HttpStatusCode.TooManyRequests
                || (requestIsIdempotent && IsTransientStatus(response.StatusCode));

            // A wait that outlasts what is left of the call cannot end in an answer: the caller hears this one now
            // (throttling as throttling) instead of a timeout later.
            if (retryable && Http.RetryAfterHeader.Read(response, timeProvider) is { } wait && wait >= budget)
            {
                WaitBeyondBudget.Mark(response, budget);
                return false;
            }

            return retryable;
        }

        return requestIsIdempotent && outcome.Exception is HttpRequestException or TimeoutRejectedException;
    }

    // 501 (not implemented) and 505 (version not supported) will not change on a retry.
    private static bool IsTransientStatus(HttpStatusCode status) =>
        status == HttpStatusCode.RequestTimeout
        || ((int)status >= 500 && status != HttpStatusCode.NotImplemented && status != HttpStatusCode.HttpVersionNotSupported);
}
