using Microsoft.Extensions.Logging;
using Polly;
using Polly.Telemetry;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// The client's resilience, built once: the first attempt's timeout and the call's budget
/// (<see cref="PartnerCenterResilienceHandler"/>), and two pipelines (<see cref="PartnerCenterResiliencePipeline"/>):
/// one for requests that may be repeated after any transient failure, one for the others
/// (<see cref="RetryEligibility"/>). Polly's events are logged and metered as before (category <c>Polly</c>, pipeline
/// <c>partner-center</c>, instance <c>idempotent</c> or <c>not-idempotent</c>), for every call that enters a pipeline.
/// </summary>
internal sealed class PartnerCenterResiliencePipelines
{
    private readonly ResiliencePipeline<HttpResponseMessage> _idempotent;
    private readonly ResiliencePipeline<HttpResponseMessage> _notIdempotent;

    public PartnerCenterResiliencePipelines(
        PartnerCenterResilienceOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory, TelemetryOptions? telemetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        TimeProvider = timeProvider;
        TotalTimeout = options.TotalTimeout;
        // Validation keeps the attempt timeout within the total one; the first attempt is bounded by both regardless.
        FirstAttemptTimeout = options.AttemptTimeout < options.TotalTimeout ? options.AttemptTimeout : options.TotalTimeout;
        Deadlines = new Deadlines(timeProvider);
        _idempotent = Build(options, timeProvider, loggerFactory, telemetry, idempotent: true);
        _notIdempotent = Build(options, timeProvider, loggerFactory, telemetry, idempotent: false);
    }

    public TimeProvider TimeProvider { get; }

    public TimeSpan TotalTimeout { get; }

    public TimeSpan FirstAttemptTimeout { get; }

    public Deadlines Deadlines { get; }

    /// <summary>The pipeline for <paramref name="request"/>.</summary>
    public ResiliencePipeline<HttpResponseMessage> For(HttpRequestMessage request) =>
        RetryEligibility.IsIdempotent(request) ? _idempotent : _notIdempotent;

    private static ResiliencePipeline<HttpResponseMessage> Build(
        PartnerCenterResilienceOptions options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        TelemetryOptions? telemetry,
        bool idempotent)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = PartnerCenterResiliencePipeline.Name,
            InstanceName = idempotent ? RetryEligibility.Idempotent : RetryEligibility.NotIdempotent,
        };
        PartnerCenterResiliencePipeline.Configure(builder, options, idempotent, timeProvider);
        builder.ConfigureTelemetry(new TelemetryOptions(telemetry ?? new TelemetryOptions()) { LoggerFactory = loggerFactory });
        return builder.Build();
    }
}
