using Microsoft.Extensions.ObjectPool;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// Cancellation sources that cancel after a delay on the client's <see cref="TimeProvider"/>, reused from call to call:
/// a source that did not fire is reset (its timer stopped, stray registrations dropped) and kept, so a call that ends
/// in time allocates neither a source nor a timer.
/// </summary>
internal sealed class Deadlines(TimeProvider timeProvider)
{
    private readonly ObjectPool<CancellationTokenSource> _sources =
        new DefaultObjectPoolProvider().Create(new ResettingPolicy(timeProvider));

    /// <summary>
    /// A token cancelled when <paramref name="after"/> has passed or when <paramref name="caller"/> is cancelled,
    /// whichever comes first. Dispose the deadline when the work it bounds has ended.
    /// </summary>
    public Deadline Start(TimeSpan after, CancellationToken caller)
    {
        var source = _sources.Get();
        if (after > TimeSpan.Zero)
        {
            source.CancelAfter(after);
        }
        else
        {
            source.Cancel();
        }

        // Free when the caller passed no token that can be cancelled (the usual case).
        var link = caller.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source);
        return new Deadline(this, source, link, caller);
    }

    private void Return(CancellationTokenSource source) => _sources.Return(source);

    /// <summary>One started deadline; see <see cref="Start"/>.</summary>
    internal readonly struct Deadline(Deadlines owner, CancellationTokenSource source, CancellationTokenRegistration link, CancellationToken caller)
        : IDisposable
    {
        public CancellationToken Token => source.Token;

        /// <summary>The time ran out. A cancellation by the caller is never reported as this, even when the time ran out too.</summary>
        public bool Expired => source.IsCancellationRequested && !caller.IsCancellationRequested;

        public void Dispose()
        {
            // Waits for a caller's cancellation in progress, so the source is not reset while it is being cancelled.
            link.Dispose();
            owner.Return(source);
        }
    }

    private sealed class ResettingPolicy(TimeProvider timeProvider) : PooledObjectPolicy<CancellationTokenSource>
    {
        // Bound to the client's clock once; CancelAfter then reschedules the same timer.
        public override CancellationTokenSource Create() => new(Timeout.InfiniteTimeSpan, timeProvider);

        // A source that was cancelled cannot be reset: the pool disposes it instead of keeping it.
        public override bool Return(CancellationTokenSource obj) => obj.TryReset();
    }
}
