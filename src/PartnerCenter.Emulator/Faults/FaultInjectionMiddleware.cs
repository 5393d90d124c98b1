using System.Globalization;
using System.Text;
using PartnerCenter.Emulator.Errors;
using PartnerCenter.Emulator.Recording;

namespace PartnerCenter.Emulator.Faults;

/// <summary>
/// Misbehaves on purpose, as configured in <see cref="FaultOptions"/>, in front of the Partner Center
/// endpoints: it stands for the network and gateways between a client and the service, so it runs before
/// authentication and throttling. Latency runs on the emulator's clock, so a test can advance it instead of waiting.
/// </summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, FaultOptions options, HeldRequests held, TimeProvider clock)
{
    // Cut off in the middle of a property name: whatever a client does with it, it cannot parse it.
    private static readonly byte[] TruncatedBody = Encoding.UTF8.GetBytes(
        "{\"id\":\"" + EmulatorSeed.DocumentedCustomerId + "\",\"commerceId\":\"99e6a635-48e7-424d-9059-c9db944e3c54\",\"companyPro");

    private readonly FaultBudget _drops = new(options.DropConnectionCount);
    private readonly FaultBudget _throttles = new(options.ThrottleCount);
    private readonly FaultBudget _failures = new(options.FailureCount);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsInScope(context.Request))
        {
            await next(context);
            return;
        }

        if (options.LatencyMilliseconds > 0)
        {
            await held.HoldAsync(TimeSpan.FromMilliseconds(options.LatencyMilliseconds), clock, context.RequestAborted);
        }

        if (options.DropConnection || _drops.TryTake())
        {
            // Recorded first: a client that sees its connection go then finds the request in the log.
            context.Features.Get<RequestRecord>()?.Add(statusCode: null);
            context.Abort();
            return;
        }

        if (_throttles.TryTake())
        {
            await ErrorResponses.WriteThrottledAsync(context, options.RetryAfterSeconds);
            return;
        }

        if (_failures.TryTake())
        {
            var statusCode = options.FailureStatusCode;
            await ErrorResponses.WriteErrorAsync(
                context,
                statusCode,
                statusCode.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"Injected fault: the emulator answers HTTP {statusCode} as configured in Emulator:Faults."));
            return;
        }

        if (options.MalformedBody)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = MediaTypes.JsonUtf8;
            await context.Response.Body.WriteAsync(TruncatedBody, context.RequestAborted);
            return;
        }

        await next(context);
    }

    private bool IsInScope(HttpRequest request)
    {
        // The emulator's own endpoints (the request log) stay reliable so tests can always inspect it.
        if (!PartnerCenterPaths.IsPartnerCenterRequest(request.Path)
            || !request.Path.StartsWithSegments(options.PathPrefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.IsNullOrEmpty(options.CustomerId))
        {
            return true;
        }

        var tenantId = request.RouteValues[PartnerCenterPaths.CustomerTenantIdRouteValue] as string;
        return tenantId is not null && TenantIds.AreSame(tenantId, options.CustomerId);
    }
}
