using Microsoft.Extensions.Time.Testing;

namespace PartnerCenter.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every wait the client schedules on it (retry delays, attempt and
/// total timeouts are all timers), so a test moves time exactly when the client is waiting, by exactly the wait,
/// and never depends on the wall clock or on how loaded the machine is.
/// </summary>
/// <remarks>
/// Shared by the unit and end-to-end test projects (linked into the former).
/// </remarks>
public sealed class TestClock : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _scheduled = [];
    private readonly List<bool> _claimed = [];
    private readonly List<(Func<TimeSpan, bool> Matches, TaskCompletionSource<TimeSpan> Claim)> _waiters = [];
    private TimeSpan _skipWaitsUpTo;

    public TestClock()
        : base(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>
    /// Waits of at most this length are skipped as soon as they are scheduled, by advancing the clock by the wait:
    /// for tests in which retries must happen but their delays are not the subject. Zero (the default) skips none.
    /// </summary>
    public TimeSpan SkipWaitsUpTo
    {
        get => _skipWaitsUpTo;
        init => _skipWaitsUpTo = value;
    }

    /// <summary>Every wait scheduled so far, in order.</summary>
    public IReadOnlyList<TimeSpan> ScheduledWaits
    {
        get
        {
            lock (_gate)
            {
                return [.. _scheduled];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(this, base.CreateTimer(callback, state, dueTime, period));
        OnScheduled(dueTime);
        return timer;
    }

    /// <summary>
    /// Completes with the length of the next scheduled wait that <paramref name="matches"/> and that no earlier call
    /// has claimed, whether it was scheduled before this call or is scheduled later.
    /// </summary>
    public Task<TimeSpan> NextWaitAsync(Func<TimeSpan, bool> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        lock (_gate)
        {
            for (var i = 0; i < _scheduled.Count; i++)
            {
                if (!_claimed[i] && matches(_scheduled[i]))
                {
                    _claimed[i] = true;
                    return Task.FromResult(_scheduled[i]);
                }
            }

            var claim = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((matches, claim));
            return claim.Task;
        }
    }

    /// <summary>
    /// Waits until the client schedules a wait of exactly <paramref name="wait"/>, then lets it pass. Fails instead
    /// of waiting forever when <paramref name="call"/> ends first.
    /// </summary>
    public async Task AdvanceWhenScheduledAsync(TimeSpan wait, Task call)
    {
        await ScheduledBeforeEndAsync(scheduled => scheduled == wait, call, $"a wait of {wait}");
        Advance(wait);
    }

    /// <summary>The next wait that <paramref name="matches"/>; fails when <paramref name="call"/> ends before one is scheduled.</summary>
    public async Task<TimeSpan> ScheduledBeforeEndAsync(Func<TimeSpan, bool> matches, Task call, string what)
    {
        ArgumentNullException.ThrowIfNull(call);
        var scheduled = NextWaitAsync(matches);
        if (await Task.WhenAny(scheduled, call) != scheduled)
        {
            throw new InvalidOperationException($"The call ended ({call.Status}) before it scheduled {what}; waits scheduled: {string.Join(", ", ScheduledWaits)}.");
        }

        return await scheduled;
    }

    /// <summary>
    /// Lets every pending wait pass and every later one pass as soon as it is scheduled. For the end of a test only:
    /// a call a failed test left waiting then runs to its end, and disposing the client (whose resilience pipeline
    /// waits on this clock for calls still running) does not wait forever.
    /// </summary>
    public void ReleaseWaits()
    {
        _skipWaitsUpTo = TimeSpan.MaxValue;
        Advance(TimeSpan.FromDays(1));
    }

    private void OnScheduled(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        TaskCompletionSource<TimeSpan>? claimedBy = null;
        lock (_gate)
        {
            var waiter = _waiters.FindIndex(candidate => candidate.Matches(dueTime));
            _scheduled.Add(dueTime);
            _claimed.Add(waiter >= 0);
            if (waiter >= 0)
            {
                claimedBy = _waiters[waiter].Claim;
                _waiters.RemoveAt(waiter);
            }
        }

        claimedBy?.SetResult(dueTime);
        if (dueTime > TimeSpan.Zero && dueTime <= SkipWaitsUpTo)
        {
            // Not inline: the caller is still inside CreateTimer and has not stored its timer yet.
            _ = Task.Run(() => Advance(dueTime));
        }
    }

    /// <summary>A timer whose rescheduling is reported like its creation.</summary>
    private sealed class ObservedTimer(TestClock clock, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            clock.OnScheduled(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
