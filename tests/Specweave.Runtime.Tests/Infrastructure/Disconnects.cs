using Microsoft.AspNetCore.Http;

namespace Specweave.Runtime.Tests.Infrastructure;

/// <summary>What a streaming server does when the test is about the client going away.</summary>
public static class Disconnects
{
    /// <summary>
    /// Sends nothing more and returns once the client has closed the connection, so a test can assert that the
    /// client's cancellation reached the server (the failsafe bounds the wait).
    /// </summary>
    public static async Task WaitForClientToGoAsync(this HttpContext context, CancellationToken failsafe)
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (context.RequestAborted.Register(() => aborted.TrySetResult()))
        {
            await aborted.Task.WaitAsync(failsafe);
        }
    }
}
