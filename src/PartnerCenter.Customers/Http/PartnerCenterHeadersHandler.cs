using System.Net.Http.Headers;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// Adds the Partner Center headers to every call, keeping a value already on the request (set by a handler of the
/// caller's own).
/// </summary>
/// <remarks>
/// The generated methods take none of these headers as parameters (OmitHeaders in the project file): this handler
/// is where they come from. It sits outside the resilience handler, so it runs once per logical call: every retry of a call
/// carries the same <c>MS-RequestId</c>, which the service uses as an idempotency key, and the next call gets a
/// new one. <c>MS-CorrelationId</c> is new per call too, as the headers reference asks.
/// </remarks>
internal sealed class PartnerCenterHeadersHandler(PartnerCenterClientOptions options) : DelegatingHandler
{
    private const string Accept = "Accept";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        // An id is made only when the caller did not pass one.
        if (!headers.NonValidated.Contains(PartnerCenterHeaderNames.RequestId))
        {
            headers.TryAddWithoutValidation(PartnerCenterHeaderNames.RequestId, NewId());
        }

        if (!headers.NonValidated.Contains(PartnerCenterHeaderNames.CorrelationId))
        {
            headers.TryAddWithoutValidation(PartnerCenterHeaderNames.CorrelationId, NewId());
        }

        AddIfMissing(headers, PartnerCenterHeaderNames.ContractVersion, options.ContractVersion);
        AddIfMissing(headers, PartnerCenterHeaderNames.Locale, options.Locale);
        AddIfMissing(headers, PartnerCenterHeaderNames.Application, options.ApplicationName);
        // Checked and added unparsed: reading headers.Accept would parse and allocate a typed collection per call.
        if (!headers.NonValidated.Contains(Accept))
        {
            headers.TryAddWithoutValidation(Accept, "application/json");
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static string NewId() => RandomIds.NewId();

    private static void AddIfMissing(HttpRequestHeaders headers, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !headers.NonValidated.Contains(name))
        {
            headers.TryAddWithoutValidation(name, value);
        }
    }
}
