namespace PartnerCenter.Customers.Http;

/// <summary>
/// How many attempts one call took, carried on the request: the logging handler (outside the resilience
/// handler) puts it there, <see cref="AttemptCountingHandler"/> (inside) counts, and the log line and error
/// messages report it. The resilience handler sends the same request object on every retry, so the options
/// travel with it.
/// </summary>
internal sealed class CallAttempts
{
    public static readonly HttpRequestOptionsKey<CallAttempts> Key = new("PartnerCenter.CallAttempts");

    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);

    public static int? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var attempts) ? attempts.Count : null;
}
