using PartnerCenter.Emulator.Billing;
using PartnerCenter.Emulator.Creation;
using PartnerCenter.Emulator.Listing;
using PartnerCenter.Emulator.Qualifications;
using PartnerCenter.Emulator.Throttling;

namespace PartnerCenter.Emulator.Customers;

/// <summary>
/// The Partner Center customer operations the emulator serves: every operation of the spec, in one place. Routes of
/// one customer are rate-limited per customer tenant, as documented; listing and creating have no tenant to count.
/// </summary>
internal static class CustomerEndpoints
{
    public static void MapCustomerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var customers = endpoints.MapGroup(PartnerCenterPaths.CustomersRoute);
        customers.MapGet(string.Empty, ListCustomersEndpoint.Handle);
        customers.MapPost(string.Empty, CreateCustomerEndpoint.HandleAsync);

        var customer = endpoints.MapGroup(PartnerCenterPaths.CustomerRoute)
            .RequireRateLimiting(TenantRateLimiting.PolicyName);
        customer.MapGet(string.Empty, CustomerReadEndpoints.Customer);
        customer.MapPatch(string.Empty, RemoveResellerRelationshipEndpoint.HandleAsync);
        customer.MapDelete(string.Empty, DeleteSandboxCustomerEndpoint.Handle);
        customer.MapGet("/profiles/company", CustomerReadEndpoints.CompanyProfile);
        customer.MapGet("/profiles/billing", CustomerReadEndpoints.BillingProfile);
        customer.MapPut("/profiles/billing", UpdateBillingProfileEndpoint.HandleAsync);
        customer.MapGet("/qualifications", QualificationEndpoints.List);
        customer.MapPost("/qualifications", QualificationEndpoints.AddAsync);
    }
}
