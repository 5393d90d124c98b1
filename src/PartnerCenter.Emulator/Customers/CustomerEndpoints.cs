using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Errors;
using PartnerCenter.Emulator.Seed;
using PartnerCenter.Emulator.Throttling;

namespace PartnerCenter.Emulator.Customers;

/// <summary>The Partner Center customer endpoints the emulator serves.</summary>
internal static class CustomerEndpoints
{
    public static void MapCustomerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var customer = endpoints.MapGroup(PartnerCenterPaths.CustomerRoute)
            .RequireRateLimiting(TenantRateLimiting.PolicyName);

        customer.MapGet(string.Empty, (string customerTenantId, CustomerStore store) =>
            Respond(customerTenantId, store, CustomerViews.Customer));
        customer.MapGet("/profiles/company", (string customerTenantId, CustomerStore store) =>
            Respond(customerTenantId, store, CustomerViews.CompanyProfile));
        customer.MapGet("/profiles/billing", (string customerTenantId, CustomerStore store) =>
            Respond(customerTenantId, store, CustomerViews.BillingProfile));
    }

    private static IResult Respond(string customerTenantId, CustomerStore store, Func<SeededCustomer, JsonObject?> view)
    {
        // Not a route constraint: Partner Center answers a malformed id with 400/900118, not with 404.
        if (!Guid.TryParse(customerTenantId, out var tenantId))
        {
            return ErrorResponses.Error(
                StatusCodes.Status400BadRequest,
                PartnerCenterErrorCodes.InvalidCustomerId,
                "The customer tenant id is not a valid GUID.");
        }

        if (!store.TryFind(tenantId, out var customer))
        {
            return ErrorResponses.Error(
                StatusCodes.Status404NotFound,
                PartnerCenterErrorCodes.TenantNotFound,
                "The customer tenant was not found.");
        }

        return view(customer) is { } body
            ? TypedResults.Bytes(JsonNodeWriter.ToUtf8Bytes(body), MediaTypes.JsonUtf8)
            : ErrorResponses.Error(
                StatusCodes.Status404NotFound,
                PartnerCenterErrorCodes.NotFound,
                "The customer has no such resource.");
    }
}
