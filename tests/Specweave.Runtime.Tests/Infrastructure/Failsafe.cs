namespace Specweave.Runtime.Tests.Infrastructure;

/// <summary>
/// The bound on a test that waits on events: the assertions are on the order of events, never on time, and this
/// only turns a deadlock (a reader that buffers, a server that never sees the disconnect) into a failed test
/// rather than a hung run. Generous, since the machine may be loaded.
/// </summary>
public static class Failsafe
{
    public static CancellationTokenSource Start() => new(TimeSpan.FromMinutes(2));
}
