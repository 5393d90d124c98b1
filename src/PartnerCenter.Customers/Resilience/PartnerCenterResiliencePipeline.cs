using Polly;
using Polly.Retry;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// The resilience pipeline of every call, outermost first: the total timeout, the retry, the timeout of one
/// attempt. Retries back off exponentially with jitter, except that a response with <c>Retry-After</c> waits
/// exactly what it asks.
/// </summary>
internal static class PartnerCenterResiliencePipeline
{
    public const string Name = "partner-center";

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        PartnerCenterResilienceOptions options,
        bool requestIsIdempotent,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            var totalTimeout = options.TotalTimeout;
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = arguments => ValueTask.FromResult(
                    TransientFailure.ShouldRetry(arguments.Outcome, requestIsIdempotent, totalTimeout, timeProvider)),
                DelayGenerator = arguments => ValueTask.FromResult(
                    arguments.Outcome.Result is { } response ? Http.RetryAfterHeader.Read(response, timeProvider) : null),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }
}
