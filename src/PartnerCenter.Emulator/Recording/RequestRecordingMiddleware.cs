namespace PartnerCenter.Emulator.Recording;

/// <summary>
/// Adds every Partner Center request to the <see cref="RequestLog"/> before the client can learn how it ended:
/// an answered request as its response starts, before any byte of it is sent; a dropped connection just before
/// the drop (see the fault injection). Only a request the client gave up on is recorded afterwards, once the
/// server is done with it; <see cref="PartnerCenterEmulator.WaitForRequestsAsync"/> waits for that.
/// </summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, RequestLog log, TimeProvider clock)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!PartnerCenterPaths.IsPartnerCenterRequest(context.Request.Path))
        {
            return next(context);
        }

        var record = new RequestRecord(log, context, clock.GetUtcNow());
        context.Features.Set(record);

        // The status is the one actually sent, read as the response starts (after any error handler further out
        // has chosen it). Kestrel also runs these callbacks for a request that ended because its client went away
        // (its RequestAborted token fired), which gets no response: the completion callback records that one,
        // without a status.
        context.Response.OnStarting(() =>
        {
            if (!context.RequestAborted.IsCancellationRequested)
            {
                record.Add(context.Response.StatusCode);
            }

            return Task.CompletedTask;
        });
        context.Response.OnCompleted(() =>
        {
            record.Add(context.Response.HasStarted ? context.Response.StatusCode : null);
            return Task.CompletedTask;
        });

        return next(context);
    }
}
