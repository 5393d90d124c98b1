using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PartnerCenter.Emulator.Errors;

namespace PartnerCenter.Emulator.Throttling;

/// <summary>
/// The documented limit of the customer resource (500 requests per minute per customer tenant id), with
/// ASP.NET Core's rate limiter: a fixed window per tenant id, rejected requests answered with 429,
/// <c>Retry-After</c> and the documented 429 body.
/// </summary>
internal static class TenantRateLimiting
{
    public const string PolicyName = "per-customer-tenant";

    public static IServiceCollection AddTenantRateLimiting(this IServiceCollection services, ThrottlingOptions throttling) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejection, _) => new ValueTask(
                ErrorResponses.WriteThrottledAsync(rejection.HttpContext, RetryAfterSeconds(rejection.Lease, throttling.Window)));
            limiter.AddPolicy(PolicyName, context => Partition(context, throttling));
        });

    private static RateLimitPartition<string> Partition(HttpContext context, ThrottlingOptions throttling)
    {
        if (!throttling.Enabled
            || context.GetRouteValue(PartnerCenterPaths.CustomerTenantIdRouteValue) is not string tenantId)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.GetFixedWindowLimiter(TenantIds.PartitionKey(tenantId), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = throttling.PermitLimit,
            Window = throttling.Window,
            // Partner Center rejects at once; it does not hold requests back.
            QueueLimit = 0,
        });
    }

    private static int RetryAfterSeconds(RateLimitLease lease, TimeSpan window)
    {
        // The fixed-window limiter reports a whole window, not the time left in the current one: an upper
        // bound, so a client that honours it is never throttled again for waiting too little.
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var reported) ? reported : window;
        return (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
    }
}
