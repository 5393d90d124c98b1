using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Customers;

/// <summary>
/// What each endpoint returns of a stored customer. Without delegated admin access (DAP/GDAP) Partner Center
/// omits the company profile's address and email and the custom domains; the rule is applied here, at
/// response time, so the store can hold the full record.
/// </summary>
internal static class CustomerViews
{
    public static JsonObject Customer(StoredCustomer customer)
    {
        var resource = customer.ParseResource();
        if (!customer.DelegatedAdminAccess)
        {
            RemoveContactDetails(resource["companyProfile"] as JsonObject);
            resource.Remove("customDomains");
        }

        return resource;
    }

    public static JsonObject? CompanyProfile(StoredCustomer customer)
    {
        var profile = customer.ParseResource()["companyProfile"] as JsonObject;
        if (!customer.DelegatedAdminAccess)
        {
            RemoveContactDetails(profile);
        }

        return profile;
    }

    public static JsonObject? BillingProfile(StoredCustomer customer) =>
        customer.ParseResource()["billingProfile"] as JsonObject;

    /// <summary>
    /// The short form a customer takes in a list, as in the documented search results: id, the company profile's
    /// tenant id, domain, name, links and attributes, the relationship, links and attributes. Lists leave out
    /// <c>allowDelegatedAccess</c> and the billing profile; with only those members, the DAP rule has nothing to remove.
    /// </summary>
    public static JsonObject ListItem(StoredCustomer customer)
    {
        var resource = customer.ParseResource();
        var item = new JsonObject();
        Move(resource, item, "id");
        if (resource["companyProfile"] is JsonObject fullProfile)
        {
            var profile = new JsonObject();
            foreach (var name in (string[])["tenantId", "domain", "companyName", "links", "attributes"])
            {
                Move(fullProfile, profile, name);
            }

            item["companyProfile"] = profile;
        }

        foreach (var name in (string[])["relationshipToPartner", "links", "attributes"])
        {
            Move(resource, item, name);
        }

        return item;
    }

    private static void Move(JsonObject from, JsonObject to, string name)
    {
        if (from.Remove(name, out var node))
        {
            to[name] = node;
        }
    }

    private static void RemoveContactDetails(JsonObject? companyProfile)
    {
        companyProfile?.Remove("address");
        companyProfile?.Remove("email");
    }
}
