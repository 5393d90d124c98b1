namespace PartnerCenter.Customers.Http;

/// <summary>
/// How many attempts one call took, for the log line and error messages. The resilience handler makes the attempts
/// and records the count on the request (which it sends again on every retry) only when the first attempt did not
/// succeed: a request without a count made one attempt. So a call that succeeds at once adds nothing to the request's
/// options, whose dictionary Refit has filled to its initial size already.
/// </summary>
internal sealed class CallAttempts
{
    private static readonly HttpRequestOptionsKey<CallAttempts> Key = new("PartnerCenter.CallAttempts");

    private int _count;

    private CallAttempts()
    {
    }

    /// <summary>Starts counting the attempts of <paramref name="request"/>'s call, its first attempt made already.</summary>
    public static CallAttempts AfterFirst(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var attempts = new CallAttempts { _count = 1 };
        request.Options.Set(Key, attempts);
        return attempts;
    }

    public void Increment() => Interlocked.Increment(ref _count);

    /// <summary>The attempts <paramref name="request"/>'s call has made so far; null without a request.</summary>
    public static int? Of(HttpRequestMessage? request) =>
        request is null ? null
        : request.Options.TryGetValue(Key, out var attempts) ? Volatile.Read(ref attempts._count)
        : 1;
}
