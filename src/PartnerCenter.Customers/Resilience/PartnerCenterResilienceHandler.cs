using Polly;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// Runs every call through its resilience pipeline (<see cref="PartnerCenterResiliencePipelines"/>): the handlers
/// after this one run once per attempt. What <c>AddResilienceHandler</c> did, without its per-call work that this client
/// does not use: no pipeline looked up by key in a registry, no resilience context or request metadata stored in the
/// request's options; a pooled context and a static callback.
/// </summary>
internal sealed class PartnerCenterResilienceHandler(PartnerCenterResiliencePipelines pipelines) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pipeline = pipelines.For(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static (context, state) => state.Handler.SendAttemptAsync(state.Request, context.CancellationToken),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<Outcome<HttpResponseMessage>> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return Outcome.FromResult(await base.SendAsync(request, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception)
        {
            return Outcome.FromException<HttpResponseMessage>(exception);
        }
    }
}
