using System.Threading.RateLimiting;

namespace PartnerCenter.Emulator.Throttling;

/// <summary>
/// One tenant's fixed window on the emulator's clock: a window opens with the first request after the previous
/// one closed and lets <see cref="ThrottlingOptions.PermitLimit"/> requests through; later ones are rejected at once
/// (Partner Center does not queue), with the time left until the window closes.
/// </summary>
/// <remarks>
/// Written here rather than taken from System.Threading.RateLimiting, whose <c>FixedWindowRateLimiter</c> cannot do
/// either half of the job: its rejections carry a whole window as Retry-After, not the time left in the current
/// one, and it runs on the machine's clock (Stopwatch and a timer of its own, no <see cref="TimeProvider"/>;
/// dotnet/runtime#106447), so a test would have to wait real windows out. It is still a <see cref="RateLimiter"/>,
/// used as a partition by ASP.NET Core's rate limiting middleware, which keeps partitioning, rejection and metrics.
/// </remarks>
internal sealed class TenantFixedWindowLimiter(ThrottlingOptions options, TimeProvider clock) : RateLimiter
{
    private readonly Lock _lock = new();
    private long _windowStart;
    private bool _windowOpened;
    private int _used;
    private long _successfulLeases;
    private long _failedLeases;

    /// <summary>
    /// How long since the last window closed; null while one is open. ASP.NET Core's partitioned limiter drops a
    /// partition idle for a while, which loses nothing here: the next request would open a new window anyway.
    /// </summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = clock.GetTimestamp();
                return !_windowOpened ? TimeSpan.Zero
                    : Elapsed(now) >= options.Window ? Elapsed(now) - options.Window
                    : null;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_lock)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = IsOpen(clock.GetTimestamp()) ? options.PermitLimit - _used : options.PermitLimit,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successfulLeases,
                TotalFailedLeases = _failedLeases,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, options.PermitLimit);
        lock (_lock)
        {
            var now = clock.GetTimestamp();
            if (!IsOpen(now))
            {
                // Asking whether permits are left (a count of 0) does not open a window; a request does.
                if (permitCount == 0)
                {
                    return FixedWindowLease.Acquired;
                }

                _windowStart = now;
                _windowOpened = true;
                _used = 0;
            }

            if (_used + permitCount <= options.PermitLimit)
            {
                _used += permitCount;
                _successfulLeases++;
                return FixedWindowLease.Acquired;
            }

            _failedLeases++;
            return FixedWindowLease.Rejected(options.Window - Elapsed(now));
        }
    }

    // No queue: waiting gives the same answer as asking now.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
            ? ValueTask.FromCanceled<RateLimitLease>(cancellationToken)
            : ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private bool IsOpen(long now) => _windowOpened && Elapsed(now) < options.Window;

    private TimeSpan Elapsed(long now) => clock.GetElapsedTime(_windowStart, now);
}
