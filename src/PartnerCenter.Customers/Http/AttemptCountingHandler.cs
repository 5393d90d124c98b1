namespace PartnerCenter.Customers.Http;

/// <summary>Counts the attempts of a call (see <see cref="CallAttempts"/>); sits inside the resilience handler.</summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options.TryGetValue(CallAttempts.Key, out var attempts))
        {
            attempts.Increment();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
