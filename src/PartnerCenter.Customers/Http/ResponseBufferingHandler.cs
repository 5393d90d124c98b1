namespace PartnerCenter.Customers.Http;

/// <summary>
/// Reads each response body completely inside the attempt, before it leaves the resilience pipeline.
/// </summary>
/// <remarks>
/// Three reasons: a connection that breaks in the middle of a body fails the attempt (and is retried)
/// instead of failing later in the deserializer; the attempt timeout covers the whole download; and a body
/// that then fails to deserialize can still be read again for <see cref="PartnerCenterException.ResponseBody"/>.
/// Partner Center's customer resources are small, so holding one in memory costs nothing worth saving.
/// </remarks>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
