using PartnerCenter.Emulator.Throttling;

namespace PartnerCenter.Emulator.Customers;

/// <summary>The Partner Center customer endpoints the emulator serves.</summary>
internal static class CustomerEndpoints
{
    public static void MapCustomerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var customer = endpoints.MapGroup(PartnerCenterPaths.CustomerRoute)
            .RequireRateLimiting(TenantRateLimiting.PolicyName);
        customer.MapGet(string.Empty, CustomerReadEndpoints.Customer);
        customer.MapGet("/profiles/company", CustomerReadEndpoints.CompanyProfile);
        customer.MapGet("/profiles/billing", CustomerReadEndpoints.BillingProfile);
    }
}
