using PartnerCenter.Customers.Http;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// Which requests may be sent again after a failure whose effect on the server is unknown (a timeout, a
/// dropped connection, a 5xx): only those whose repetition cannot do anything twice.
/// </summary>
internal static class RetryEligibility
{
    /// <summary>The resilience pipeline instance for requests that may be repeated after any transient failure.</summary>
    public const string Idempotent = "idempotent";

    /// <summary>The resilience pipeline instance for the others: only a 429 (refused, so never applied) is retried.</summary>
    public const string NotIdempotent = "not-idempotent";

    /// <summary>Selects the pipeline instance for a request (see <see cref="Idempotent"/>, <see cref="NotIdempotent"/>).</summary>
    public static string PipelineKey(HttpRequestMessage request) =>
        IsIdempotent(request) ? Idempotent : NotIdempotent;

    public static bool IsIdempotent(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method;
        if (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace)
        {
            return true;
        }

        // A conditional update or delete cannot apply twice: once applied, the ETag no longer matches and a
        // repeat fails the precondition instead.
        return (method == HttpMethod.Put || method == HttpMethod.Delete)
            && request.Headers.Contains(PartnerCenterHeaderNames.IfMatch);
    }
}
