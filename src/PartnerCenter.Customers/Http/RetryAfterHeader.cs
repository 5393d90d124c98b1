namespace PartnerCenter.Customers.Http;

/// <summary>Reads <c>Retry-After</c>, in either of its forms (seconds or an HTTP date).</summary>
internal static class RetryAfterHeader
{
    /// <summary>How long the response asks the client to wait; null when it does not say.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
