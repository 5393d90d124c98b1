using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Seed;

namespace PartnerCenter.Emulator.Customers;

/// <summary>
/// What each endpoint returns of a seeded customer. Without delegated admin access (DAP/GDAP) Partner Center
/// omits the company profile's address and email and the custom domains; the rule is applied here, at
/// response time, so the seed can hold the full record.
/// </summary>
internal static class CustomerViews
{
    public static JsonObject Customer(SeededCustomer customer)
    {
        var resource = customer.ParseResource();
        if (!customer.DelegatedAdminAccess)
        {
            RemoveContactDetails(resource["companyProfile"] as JsonObject);
            resource.Remove("customDomains");
        }

        return resource;
    }

    public static JsonObject? CompanyProfile(SeededCustomer customer)
    {
        var profile = customer.ParseResource()["companyProfile"] as JsonObject;
        if (!customer.DelegatedAdminAccess)
        {
            RemoveContactDetails(profile);
        }

        return profile;
    }

    public static JsonObject? BillingProfile(SeededCustomer customer) =>
        customer.ParseResource()["billingProfile"] as JsonObject;

    private static void RemoveContactDetails(JsonObject? companyProfile)
    {
        companyProfile?.Remove("address");
        companyProfile?.Remove("email");
    }
}
