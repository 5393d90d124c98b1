using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// The resilience pipeline of every call that its first attempt did not settle (see
/// <see cref="PartnerCenterResilienceHandler"/>), outermost first: the call's budget with its total timeout, the
/// retry, the timeout of one attempt. Retries back off exponentially with jitter, except that a response with
/// <c>Retry-After</c> waits exactly what it asks, or, when that would outlast what is left of the total timeout,
/// is reported at once.
/// </summary>
internal static class PartnerCenterResiliencePipeline
{
    public const string Name = "partner-center";

    private static readonly TimeSpan LeastTimeout = TimeSpan.FromMilliseconds(1);

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        PartnerCenterResilienceOptions options,
        bool requestIsIdempotent,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        builder.TimeProvider = timeProvider;
        var totalTimeout = options.TotalTimeout;
        builder.AddStrategy(_ => new CallBudgetStrategy(totalTimeout, timeProvider));
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            // What is left of the call: the first attempt, made before the pipeline was entered, has used some of it.
            // Never zero, which Polly reads as "no timeout": a budget that ran out in between still ends the call.
            TimeoutGenerator = arguments => ValueTask.FromResult(
                CallBudget.Of(arguments.Context)?.Left is { } left ? (left > LeastTimeout ? left : LeastTimeout) : totalTimeout),
            OnTimeout = arguments =>
            {
                CallBudget.Of(arguments.Context)?.MarkRanOut();
                return ValueTask.CompletedTask;
            },
        });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // A success is never retried: answered without reading the budget's clock (every call's case).
                ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Outcome.Result is not { IsSuccessStatusCode: true }
                    && TransientFailure.ShouldRetry(
                        arguments.Outcome,
                        requestIsIdempotent,
                        CallBudget.Of(arguments.Context)?.Left ?? totalTimeout,
                        timeProvider)),
                DelayGenerator = arguments => ValueTask.FromResult(
                    arguments.Outcome.Result is { } response ? Http.RetryAfterHeader.Read(response, timeProvider) : null),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }
}
