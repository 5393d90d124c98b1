namespace PartnerCenter.Emulator.Middleware;

/// <summary>
/// Echoes <c>MS-CorrelationId</c> and <c>MS-RequestId</c> on every response, errors included. As the REST
/// reference describes, the server makes up its own id when the request has none (or one that is not a GUID).
/// </summary>
internal sealed class CorrelationHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var correlationId = EchoedOrNewId(context.Request, PartnerCenterHeaders.CorrelationId);
        var requestId = EchoedOrNewId(context.Request, PartnerCenterHeaders.RequestId);

        // Written as the response starts rather than now: the exception handler clears headers before it
        // writes its error, and the ids must survive that too.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[PartnerCenterHeaders.CorrelationId] = correlationId;
            context.Response.Headers[PartnerCenterHeaders.RequestId] = requestId;
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string EchoedOrNewId(HttpRequest request, string headerName)
    {
        var sent = request.Headers[headerName];
        var id = sent.Count == 1 && Guid.TryParse(sent[0], out var parsed) ? parsed : Guid.NewGuid();
        return id.ToString("D");
    }
}
