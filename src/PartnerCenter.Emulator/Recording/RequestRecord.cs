namespace PartnerCenter.Emulator.Recording;

/// <summary>
/// The log entry of one Partner Center request while it is being answered, as an <see cref="HttpContext"/>
/// feature: it adds the request to the <see cref="RequestLog"/> exactly once, whichever part of the pipeline
/// gets there first (the response starting, the fault injection dropping the connection, or the request ending).
/// </summary>
internal sealed class RequestRecord(RequestLog log, HttpContext context, DateTimeOffset arrival)
{
    private int _added;

    /// <summary>Adds the request with the status it was answered with, or null for none; later calls do nothing.</summary>
    public void Add(int? statusCode)
    {
        if (Interlocked.Exchange(ref _added, 1) == 0)
        {
            log.Add(RecordedRequests.From(context.Request, arrival, statusCode));
        }
    }
}
