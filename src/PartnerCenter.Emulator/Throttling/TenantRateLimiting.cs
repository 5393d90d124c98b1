using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PartnerCenter.Emulator.Errors;

namespace PartnerCenter.Emulator.Throttling;

/// <summary>
/// The documented limit of the customer resource (500 requests per minute per customer tenant id), with
/// ASP.NET Core's rate limiter: a fixed window per tenant id on the emulator's clock, rejected requests answered
/// with 429, <c>Retry-After</c> (the time left in the tenant's window) and the documented 429 body.
/// </summary>
internal static class TenantRateLimiting
{
    public const string PolicyName = "per-customer-tenant";

    public static IServiceCollection AddTenantRateLimiting(this IServiceCollection services, ThrottlingOptions throttling, TimeProvider clock) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejection, _) => new ValueTask(
                ErrorResponses.WriteThrottledAsync(rejection.HttpContext, RetryAfterSeconds(rejection.Lease, throttling.Window)));
            limiter.AddPolicy(PolicyName, context => Partition(context, throttling, clock));
        });

    private static RateLimitPartition<string> Partition(HttpContext context, ThrottlingOptions throttling, TimeProvider clock)
    {
        if (!throttling.Enabled
            || context.GetRouteValue(PartnerCenterPaths.CustomerTenantIdRouteValue) is not string tenantId)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.Get(TenantIds.PartitionKey(tenantId), _ => new TenantFixedWindowLimiter(throttling, clock));
    }

    private static int RetryAfterSeconds(RateLimitLease lease, TimeSpan window)
    {
        // Whole seconds (the header's unit), rounded up so a client that waits them out lands in the next window,
        // and at least one: "Retry-After: 0" would invite an immediate, still throttled, retry.
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var timeLeft) ? timeLeft : window;
        return (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
    }
}
