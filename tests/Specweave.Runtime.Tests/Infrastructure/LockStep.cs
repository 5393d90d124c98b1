using Microsoft.AspNetCore.Http;

namespace Specweave.Runtime.Tests.Infrastructure;

/// <summary>
/// The two sides of a lock-step stream: the server writes item k+1 only after the client has yielded item k. A
/// reader that waited for more of the body than one item would never get the next one and the failsafe would fail
/// the test, so passing shows by events, not by timing, that items are yielded as they arrive.
/// </summary>
public sealed class LockStep(CancellationToken failsafe) : IDisposable
{
    private readonly SemaphoreSlim _yielded = new(0);
    private int _sent;

    /// <summary>Server side: writes one item's text, flushes it, and waits until the client has yielded it.</summary>
    public async Task SendAsync(HttpResponse response, string text)
    {
        // Counted before it is written: once written, the client may yield it before this thread runs again.
        Interlocked.Increment(ref _sent);
        await response.SendAsync(text, failsafe);
        await _yielded.WaitAsync(failsafe);
    }

    /// <summary>
    /// Client side, once per yielded item: the server, blocked until now, has sent exactly one item more than the
    /// <paramref name="yieldedBefore"/> yielded before this one. Then lets it send the next.
    /// </summary>
    public void Yielded(int yieldedBefore)
    {
        Assert.Equal(yieldedBefore + 1, Volatile.Read(ref _sent));
        _yielded.Release();
    }

    public void Dispose() => _yielded.Dispose();
}
