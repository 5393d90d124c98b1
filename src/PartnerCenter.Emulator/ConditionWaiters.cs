namespace PartnerCenter.Emulator;

/// <summary>
/// Callers waiting for a condition on state that one lock guards. The owner calls <see cref="Notify"/> under that
/// lock after every change, so a condition that holds for a moment (a request being held) is never missed, and a
/// waiter is released by the change itself rather than by polling.
/// </summary>
internal sealed class ConditionWaiters(Lock stateLock)
{
    private readonly List<Waiter> _waiting = [];

    public async Task WaitAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (stateLock)
        {
            if (condition())
            {
                return;
            }

            waiter = new Waiter(condition);
            _waiting.Add(waiter);
        }

        try
        {
            await waiter.Satisfied.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Already gone when satisfied; removed here when the caller stopped waiting.
            lock (stateLock)
            {
                _waiting.Remove(waiter);
            }
        }
    }

    /// <summary>Releases the waiters whose condition now holds. Call with the state lock held.</summary>
    public void Notify()
    {
        for (var i = _waiting.Count - 1; i >= 0; i--)
        {
            if (_waiting[i].Condition())
            {
                _waiting[i].Satisfied.TrySetResult();
                _waiting.RemoveAt(i);
            }
        }
    }

    // Continuations run asynchronously so that released callers never run under the state lock.
    private sealed class Waiter(Func<bool> condition)
    {
        public Func<bool> Condition { get; } = condition;

        public TaskCompletionSource Satisfied { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
