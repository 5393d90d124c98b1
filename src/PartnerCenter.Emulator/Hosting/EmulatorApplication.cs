using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerCenter.Emulator.Customers;
using PartnerCenter.Emulator.Errors;
using PartnerCenter.Emulator.Faults;
using PartnerCenter.Emulator.Middleware;
using PartnerCenter.Emulator.Recording;
using PartnerCenter.Emulator.Seed;
using PartnerCenter.Emulator.Throttling;

namespace PartnerCenter.Emulator.Hosting;

/// <summary>Services and request pipeline of the emulator, shared by the stand-alone and the in-process host.</summary>
internal static class EmulatorApplication
{
    public static WebApplication Build(WebApplicationBuilder builder, EmulatorOptions options, RequestLog requestLog)
    {
        options.Validate();

        builder.WebHost.UseUrls(LoopbackUrl.ForPort(options.Port));
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);

        builder.Services
            .AddSingleton(CustomerStore.Load(options.SeedDataPath))
            .AddSingleton(requestLog)
            .AddSingleton(options.Faults)
            .AddTenantRateLimiting(options.Throttling)
            .TryAddSingleton(TimeProvider.System);

        var app = builder.Build();

        // Outermost first: every response below, error or not, gets the ids and a Partner Center body.
        app.UseMiddleware<CorrelationHeadersMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnhandledExceptionBody.WriteAsync });
        app.UseStatusCodePages(StatusCodeErrorBodies.WriteAsync);
        // Explicit, so the middleware below can see the customer tenant id route value.
        app.UseRouting();
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();
        app.UseMiddleware<BearerTokenMiddleware>();
        app.UseRateLimiter();

        app.MapCustomerEndpoints();
        app.MapRequestLogEndpoints();
        return app;
    }
}
