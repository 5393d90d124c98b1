using PartnerCenter.Customers.Errors;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// Replaces a transport failure of the attempt (while sending, reading headers, or reading the body below it) by a
/// copy whose messages went through <see cref="ServerText"/>: the platform quotes invalid header lines and chunk
/// headers verbatim, and a gateway that echoes the Authorization header would otherwise put the token into the
/// resilience pipeline's log records and into the final exception.
/// </summary>
internal sealed class TransportErrorCleaningHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw CleanedExceptions.Of(exception, request.Headers.Authorization?.Parameter);
        }
    }
}
