namespace PartnerCenter.Emulator.Recording;

/// <summary>
/// The most recent requests, bounded so a long-running emulator does not grow without limit. Tests can wait for
/// requests to be recorded instead of guessing how long the server takes.
/// </summary>
internal sealed class RequestLog
{
    private readonly Lock _lock = new();
    private readonly Queue<RecordedRequest> _entries = new();
    private readonly ConditionWaiters _waiters;
    private readonly int _capacity;

    public RequestLog(int capacity)
    {
        _capacity = capacity;
        _waiters = new ConditionWaiters(_lock);
    }

    /// <summary>Records a request, dropping the oldest beyond the capacity.</summary>
    public void Add(RecordedRequest request)
    {
        lock (_lock)
        {
            _entries.Enqueue(request);
            while (_entries.Count > _capacity)
            {
                _entries.Dequeue();
            }

            _waiters.Notify();
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_lock)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    /// <summary>Completes once the log holds at least <paramref name="count"/> requests, and returns them.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRecordedAsync(int count, CancellationToken cancellationToken)
    {
        // More than the capacity could never be held at once: fail now instead of waiting forever.
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _capacity);
        await _waiters.WaitAsync(() => _entries.Count >= count, cancellationToken).ConfigureAwait(false);
        return Snapshot();
    }
}
