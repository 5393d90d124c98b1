using PartnerCenter.Emulator.Customers;
using PartnerCenter.Emulator.Errors;
using PartnerCenter.Emulator.Faults;
using PartnerCenter.Emulator.Listing;
using PartnerCenter.Emulator.Middleware;
using PartnerCenter.Emulator.Recording;
using PartnerCenter.Emulator.Seed;
using PartnerCenter.Emulator.Store;
using PartnerCenter.Emulator.Throttling;

namespace PartnerCenter.Emulator.Hosting;

/// <summary>Services and request pipeline of the emulator, shared by the stand-alone and the in-process host.</summary>
internal static class EmulatorApplication
{
    /// <param name="clock">
    /// The clock of the emulator's own behaviour: request timestamps, injected latency, throttling windows,
    /// continuation token expiry, qualification dates. It is
    /// handed to those parts rather than registered as the container's <see cref="TimeProvider"/>, so ASP.NET Core
    /// and Kestrel keep real time even when a test stops or advances this one.
    /// </param>
    public static WebApplication Build(WebApplicationBuilder builder, EmulatorOptions options, RequestLog requestLog, TimeProvider clock)
    {
        options.Validate();

        builder.WebHost.UseUrls(LoopbackUrl.ForPort(options.Port));
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);

        builder.Services
            .AddSingleton(CustomerStoreLoader.Load(options))
            .AddSingleton(new Etags())
            .AddSingleton(new ContinuationTokenCodec(clock, options.ContinuationTokenLifetime))
            .AddSingleton(new EmulatorClock(clock))
            .AddSingleton(new PartnerAccount(options.IntegrationSandbox))
            .AddSingleton(requestLog)
            .AddSingleton(options.Faults)
            .AddSingleton<HeldRequests>()
            .AddTenantRateLimiting(options.Throttling, clock);

        var app = builder.Build();

        // Outermost first: every response below, error or not, gets the ids and a Partner Center body.
        app.UseMiddleware<CorrelationHeadersMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnhandledExceptionBody.WriteAsync });
        app.UseStatusCodePages(StatusCodeErrorBodies.WriteAsync);
        // Explicit, so the middleware below can see the customer tenant id route value.
        app.UseRouting();
        app.UseMiddleware<RequestRecordingMiddleware>(clock);
        app.UseMiddleware<FaultInjectionMiddleware>(clock);
        app.UseMiddleware<BearerTokenMiddleware>();
        app.UseRateLimiter();

        app.MapCustomerEndpoints();
        app.MapRequestLogEndpoints();
        return app;
    }
}
