using Polly;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// The outermost step of the pipeline: starts the call's <see cref="CallBudget"/>, so the retry can tell how much
/// of the total timeout is left.
/// </summary>
internal sealed class CallBudgetStrategy(TimeSpan total, TimeProvider timeProvider) : ResilienceStrategy<HttpResponseMessage>
{
    protected override ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(context);
        context.Properties.Set(CallBudget.Key, new CallBudget(total, timeProvider));
        return callback(context, state);
    }
}
