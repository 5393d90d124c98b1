using System.Collections.Concurrent;

namespace PartnerCenter.Emulator.Recording;

/// <summary>The most recent requests, bounded so a long-running emulator does not grow without limit.</summary>
internal sealed class RequestLog(int capacity)
{
    private readonly ConcurrentQueue<RecordedRequest> _entries = new();

    public void Add(RecordedRequest request)
    {
        _entries.Enqueue(request);
        // Concurrent adders may briefly overshoot the capacity; each trims until it holds again.
        while (_entries.Count > capacity && _entries.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot() => [.. _entries];

    public void Clear() => _entries.Clear();
}
