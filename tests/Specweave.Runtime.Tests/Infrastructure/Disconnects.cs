using Microsoft.AspNetCore.Http;

namespace Specweave.Runtime.Tests.Infrastructure;

/// <summary>What a streaming server writes, and how it ends a connection, in the tests about streams breaking.</summary>
public static class ServerWrites
{
    /// <summary>Writes the text and flushes it, so the client has it now rather than when the response ends.</summary>
    public static async Task SendAsync(this HttpResponse response, string text, CancellationToken failsafe)
    {
        await response.WriteAsync(text, failsafe);
        await response.Body.FlushAsync(failsafe);
    }

    /// <summary>
    /// Sends <paramref name="partial"/> (half an item, or nothing) and cuts the connection: no final chunk, so the
    /// client can tell the cut from an end.
    /// </summary>
    public static async Task CutAsync(this HttpContext context, string partial, CancellationToken failsafe)
    {
        await context.Response.SendAsync(partial, failsafe);
        context.Abort();
    }
}

/// <summary>
/// The client going away, seen from both sides: the server waits for it (sending nothing more), and the test then
/// asserts that the client's cancellation reached the server. The failsafe bounds both waits.
/// </summary>
public sealed class ClientDeparture
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Server side: returns once the client has closed the connection.</summary>
    public async Task WaitAsync(HttpContext context, CancellationToken failsafe)
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (context.RequestAborted.Register(() => aborted.TrySetResult()))
        {
            await aborted.Task.WaitAsync(failsafe);
        }

        _seen.TrySetResult();
    }

    /// <summary>Test side: completes once the server has seen the client go.</summary>
    public Task SeenAsync(CancellationToken failsafe) => _seen.Task.WaitAsync(failsafe);
}
