using Polly;
using Polly.Timeout;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// The outermost step of the pipeline: the call's <see cref="CallBudget"/>, the one
/// <see cref="PartnerCenterResilienceHandler"/> started before the call's first attempt, or, for a pipeline run on its
/// own, one that starts here. The total timeout inside it (Polly's) is what is left of the budget, so the first
/// attempt counts; when it fires, the call's <see cref="TimeoutRejectedException"/> names the configured
/// <see cref="PartnerCenterResilienceOptions.TotalTimeout"/>, not what happened to be left when the pipeline was entered.
/// </summary>
internal sealed class CallBudgetStrategy(TimeSpan total, TimeProvider timeProvider) : ResilienceStrategy<HttpResponseMessage>
{
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(context);
        var budget = CallBudget.Of(context);
        if (budget is null)
        {
            budget = new CallBudget(total, timeProvider, timeProvider.GetTimestamp());
            context.Properties.Set(CallBudget.Key, budget);
        }

        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        return budget.RanOut && outcome.Exception is TimeoutRejectedException { InnerException: var cancellation }
            ? Outcome.FromException<HttpResponseMessage>(TimeoutRejections.Of(total, cancellation))
            : outcome;
    }
}
