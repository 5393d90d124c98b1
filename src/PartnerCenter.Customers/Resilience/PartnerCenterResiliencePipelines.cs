using Microsoft.Extensions.Logging;
using Polly;
using Polly.Telemetry;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// The client's two resilience pipelines (<see cref="PartnerCenterResiliencePipeline"/>), built once: one for requests
/// that may be repeated after any transient failure, one for the others (<see cref="RetryEligibility"/>). Polly's
/// events are logged and metered as before (category <c>Polly</c>, pipeline <c>partner-center</c>, instance
/// <c>idempotent</c> or <c>not-idempotent</c>).
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
        _idempotent = Build(options, timeProvider, loggerFactory, telemetry, idempotent: true);
        _notIdempotent = Build(options, timeProvider, loggerFactory, telemetry, idempotent: false);
    }

    /// <summary>The pipeline for <paramref name="request"/>.</summary>
    public ResiliencePipeline<HttpResponseMessage> For(HttpRequestMessage request) =>
        RetryEligibility.IsIdempotent(request) ? _idempotent : _notIdempotent;

    private static ResiliencePipeline<HttpResponseMessage> Build(
        PartnerCenterResilienceOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory, TelemetryOptions? telemetry, bool idempotent)
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
