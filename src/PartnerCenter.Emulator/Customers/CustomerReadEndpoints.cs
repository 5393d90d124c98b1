using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Customers;

/// <summary>Reading one customer or one of its profiles, each through the view that applies the delegated-access rule.</summary>
internal static class CustomerReadEndpoints
{
    public static IResult Customer(string customerTenantId, CustomerStore store) =>
        Respond(customerTenantId, store, CustomerViews.Customer);

    public static IResult CompanyProfile(string customerTenantId, CustomerStore store) =>
        Respond(customerTenantId, store, CustomerViews.CompanyProfile);

    public static IResult BillingProfile(string customerTenantId, CustomerStore store) =>
        Respond(customerTenantId, store, CustomerViews.BillingProfile);

    private static IResult Respond(string customerTenantId, CustomerStore store, Func<StoredCustomer, JsonObject?> view)
    {
        if (!Guid.TryParse(customerTenantId, out var tenantId))
        {
            return CustomerErrors.InvalidCustomerId();
        }

        if (!store.TryFind(tenantId, out var customer))
        {
            return CustomerErrors.TenantNotFound();
        }

        return view(customer) is { } body ? new JsonNodeResult(body) : CustomerErrors.NoSuchResource();
    }
}
