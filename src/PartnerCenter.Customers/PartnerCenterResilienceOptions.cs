namespace PartnerCenter.Customers;

/// <summary>
/// How hard the client tries before it gives up: retries of transient failures and throttling, and the
/// time limits that bound them. Defaults suit an interactive or batch caller of the real service; tests
/// shrink the delays.
/// </summary>
public sealed class PartnerCenterResilienceOptions
{
    /// <summary>Retries after the first attempt; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>
    /// The first backoff delay; later ones grow exponentially, with jitter. Used when the service gives no
    /// <c>Retry-After</c>: a 429 always waits what <c>Retry-After</c> says.
    /// </summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay between two attempts (not applied to <c>Retry-After</c>).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time limit of one attempt, from sending the request to reading the whole response.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The time limit of a whole call, all attempts and waits included. A 429 (or other retryable answer) whose
    /// <c>Retry-After</c> is at least what is left of this limit is not waited for: waiting could not end in an
    /// answer in time, so the caller gets that answer at once (a 429 as throttling, not as a timeout).
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
