namespace PartnerCenter.Emulator;

/// <summary>
/// Faults injected in front of the Partner Center endpoints, for tests of client timeouts, retries and
/// error handling. Everything is off by default. "The first N requests" counts requests in scope (see
/// <see cref="PathPrefix"/> and <see cref="CustomerId"/>) from the start of the emulator, across all clients.
/// </summary>
public sealed class FaultOptions
{
    /// <summary>
    /// Delay added before every response (faulted or not), in milliseconds of the emulator's clock (see
    /// <see cref="PartnerCenterEmulator.StartAsync(EmulatorOptions, TimeProvider, CancellationToken)"/>).
    /// </summary>
    public int LatencyMilliseconds { get; set; }

    /// <summary>Status code of the injected failures, e.g. 500 or 503.</summary>
    public int FailureStatusCode { get; set; } = 503;

    /// <summary>The first N requests are answered with <see cref="FailureStatusCode"/> and a Partner Center error body.</summary>
    public int FailureCount { get; set; }

    /// <summary>The first N requests are answered with 429, <c>Retry-After</c> and the documented 429 body.</summary>
    public int ThrottleCount { get; set; }

    /// <summary>The <c>Retry-After</c> value, in seconds, of the injected 429 responses.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Every request is answered with 200 and a truncated, invalid JSON body.</summary>
    public bool MalformedBody { get; set; }

    /// <summary>Every request has its connection aborted without any response.</summary>
    public bool DropConnection { get; set; }

    /// <summary>The first N requests have their connection aborted without any response (a retry then succeeds).</summary>
    public int DropConnectionCount { get; set; }

    /// <summary>Only requests whose path starts with this prefix are faulted. The emulator's own endpoints are never faulted.</summary>
    public string PathPrefix { get; set; } = "/v1/";

    /// <summary>When set, only requests for this customer tenant id are faulted.</summary>
    public string? CustomerId { get; set; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(LatencyMilliseconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(FailureStatusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(FailureStatusCode, 599);
        ArgumentOutOfRangeException.ThrowIfNegative(FailureCount);
        ArgumentOutOfRangeException.ThrowIfNegative(ThrottleCount);
        ArgumentOutOfRangeException.ThrowIfNegative(RetryAfterSeconds);
        ArgumentOutOfRangeException.ThrowIfNegative(DropConnectionCount);
        ArgumentNullException.ThrowIfNull(PathPrefix);
        if (PathPrefix.Length > 0 && PathPrefix[0] != '/')
        {
            throw new ArgumentException("The fault path prefix must be empty or start with '/'.", nameof(PathPrefix));
        }
    }
}
