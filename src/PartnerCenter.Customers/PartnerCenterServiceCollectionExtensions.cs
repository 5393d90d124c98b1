using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Telemetry;
using PartnerCenter.Customers.Authentication;
using PartnerCenter.Customers.Errors;
using PartnerCenter.Customers.Http;
using PartnerCenter.Customers.Logging;
using PartnerCenter.Customers.Resilience;
using Refit;
using Specweave.Runtime;

namespace PartnerCenter.Customers;

/// <summary>Registers the Partner Center customers client with dependency injection.</summary>
public static class PartnerCenterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPartnerCenterCustomersApi"/>, implemented by Refit's generated code and
    /// serialized with the generated <see cref="PartnerCenterCustomersJsonContext"/> (trim- and AOT-safe), with
    /// the whole runtime around it. A call passes, outermost first, through:
    /// <list type="number">
    /// <item>the Partner Center headers, once per call, so that retries share the <c>MS-RequestId</c>;</item>
    /// <item>one log line per call;</item>
    /// <item>resilience: the first attempt within the attempt timeout and, only when it did not succeed, the
    /// resilience pipeline (the call's time budget and total timeout, retry, attempt timeout); server text cleaned
    /// out of every attempt's transport errors;</item>
    /// <item>per attempt: the bearer token, the check that a success carries the promised resource, reading the
    /// body within its size limit, and following redirects within the endpoint's origin.</item>
    /// </list>
    /// Failures surface as <see cref="PartnerCenterException"/>.
    /// </summary>
    /// <remarks>
    /// A <see cref="TimeProvider"/> registered in the container drives token expiry and retry delays;
    /// otherwise the system clock does. Options are validated when the client is first resolved.
    /// </remarks>
    /// <returns>The HTTP client builder; handlers added to it run innermost, once per attempt.</returns>
    public static IHttpClientBuilder AddPartnerCenterCustomers(this IServiceCollection services, Action<PartnerCenterClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<PartnerCenterClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PartnerCenterClientOptions>, PartnerCenterClientOptionsValidator>());
        // Singleton, not per handler: HttpClientFactory recreates handlers every few minutes, the token cache must outlive them.
        services.TryAddSingleton(provider => new AccessTokenHolder(AccessTokenSources.From(OptionsOf(provider), TimeOf(provider))));

        var builder = services
            // The settings carry the generated context already (CreateRefitSettings); the overload that takes a context
            // would wrap Refit's own serializer around it again.
            .AddRefitGeneratedClient<IPartnerCenterCustomersApi>(_ => CreateRefitSettings())
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = OptionsOf(provider).EffectiveEndpoint;
                // The resilience pipeline's total timeout is the limit; HttpClient's own 100 s would cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // RedirectPolicyHandler follows redirects itself; the platform's would follow one to any server.
            .ConfigurePrimaryHttpMessageHandler((handler, _) => DisableAutomaticRedirects(handler))
            // HttpClientFactory's own loggers write several lines per call with the full URL; ours writes one.
            .RemoveAllLoggers()
            .AddHttpMessageHandler(provider => new PartnerCenterHeadersHandler(OptionsOf(provider)))
            .AddHttpMessageHandler(provider => new CallLoggingHandler(
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(CallLog.Category), TimeOf(provider)));

        // Built once for the client (not per handler: HttpClientFactory recreates handlers every few minutes).
        services.TryAddSingleton(provider => new PartnerCenterResiliencePipelines(
            OptionsOf(provider).Resilience,
            TimeOf(provider),
            provider.GetRequiredService<ILoggerFactory>(),
            provider.GetService<IOptions<TelemetryOptions>>()?.Value));
        // Polly's metrics carry the same enrichment as with Microsoft.Extensions.Resilience's pipelines.
        services.AddResilienceEnricher();
        builder.AddHttpMessageHandler(provider => new PartnerCenterResilienceHandler(provider.GetRequiredService<PartnerCenterResiliencePipelines>()));

        return builder
            .AddHttpMessageHandler(provider => new BearerTokenHandler(provider.GetRequiredService<AccessTokenHolder>().Source))
            .AddHttpMessageHandler(provider => new ResponseBodyHandler(
                OptionsOf(provider).MaxResponseBodyBytes, OptionsOf(provider).MaxErrorBodyBytes))
            .AddHttpMessageHandler(provider => new RedirectPolicyHandler(
                OptionsOf(provider).AllowCrossOriginRedirects, OptionsOf(provider).AllowInsecureHttp));
    }

    /// <summary>
    /// Refit settings for this client: JSON through the generated context only (no reflection fallback), a response
    /// body read from Refit's buffer in one pass, and every failure turned into a <see cref="PartnerCenterException"/>.
    /// For callers that build the client themselves with <c>RestService.ForGenerated</c>;
    /// <see cref="AddPartnerCenterCustomers"/> uses them too.
    /// </summary>
    public static RefitSettings CreateRefitSettings()
    {
        var settings = new RefitSettings(BufferedJsonContentSerializer.ForContext(PartnerCenterCustomersJsonContext.Default));
        settings.ExceptionFactory = ExceptionFactories.Remembered(PartnerCenterExceptionFactory.FromResponseAsync);
        settings.DeserializationExceptionFactory = PartnerCenterExceptionFactory.FromUnreadableBodyAsync;
        settings.TransportExceptionFactory = PartnerCenterExceptionFactory.FromTransportFailure;
        return settings;
    }

    private static void DisableAutomaticRedirects(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }

    private static PartnerCenterClientOptions OptionsOf(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<PartnerCenterClientOptions>>().Value;

    private static TimeProvider TimeOf(IServiceProvider provider) =>
        provider.GetService<TimeProvider>() ?? TimeProvider.System;
}
