namespace PartnerCenter.Emulator.Faults;

/// <summary>
/// Requests held back by injected latency right now. A test waits until the emulator reports a request held,
/// then advances the emulator's clock or cancels its client, instead of guessing how long the request takes to
/// arrive: the latency timer exists before the request counts as held, so an advance can never come too early.
/// </summary>
internal sealed class HeldRequests
{
    private readonly Lock _lock = new();
    private readonly ConditionWaiters _waiters;
    private int _held;

    public HeldRequests() => _waiters = new ConditionWaiters(_lock);

    /// <summary>Holds the caller for <paramref name="latency"/> on <paramref name="clock"/>, counted as held meanwhile.</summary>
    public async Task HoldAsync(TimeSpan latency, TimeProvider clock, CancellationToken cancellationToken)
    {
        var elapsed = Task.Delay(latency, clock, cancellationToken);
        Change(+1);
        try
        {
            await elapsed.ConfigureAwait(false);
        }
        finally
        {
            Change(-1);
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> requests are held at the same time.</summary>
    public Task WaitForAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return _waiters.WaitAsync(() => _held >= count, cancellationToken);
    }

    private void Change(int delta)
    {
        lock (_lock)
        {
            _held += delta;
            _waiters.Notify();
        }
    }
}
