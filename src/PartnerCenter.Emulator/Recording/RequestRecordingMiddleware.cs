using Microsoft.Net.Http.Headers;

namespace PartnerCenter.Emulator.Recording;

/// <summary>Adds every Partner Center request to the <see cref="RequestLog"/> once it has been answered.</summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, RequestLog log, TimeProvider timeProvider)
{
    // Credentials never reach the log, which anyone on the machine can read through /emulator/requests.
    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Authorization,
        HeaderNames.ProxyAuthorization,
        HeaderNames.Cookie,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!PartnerCenterPaths.IsPartnerCenterRequest(context.Request.Path))
        {
            await next(context);
            return;
        }

        var timestamp = timeProvider.GetUtcNow();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            log.Add(Record(context, timestamp, failed));
        }
    }

    private static RecordedRequest Record(HttpContext context, DateTimeOffset timestamp, bool failed)
    {
        var request = context.Request;
        var headers = request.Headers
            .Where(header => !SecretHeaders.Contains(header.Key))
            .ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        // An aborted connection has no response, whatever status the pipeline left behind; an exception
        // becomes the exception handler's 500 further out.
        int? statusCode = context.RequestAborted.IsCancellationRequested ? null
            : failed ? StatusCodes.Status500InternalServerError
            : context.Response.StatusCode;

        return new RecordedRequest(
            timestamp,
            request.Method,
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            HeaderOrNull(request.Headers, PartnerCenterHeaders.RequestId),
            HeaderOrNull(request.Headers, PartnerCenterHeaders.CorrelationId),
            request.Headers.ContainsKey(HeaderNames.Authorization),
            headers,
            statusCode);
    }

    private static string? HeaderOrNull(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var value) ? value.ToString() : null;
}
