using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Resources;

/// <summary>Customer resources made by the emulator, in the member order of the documented customer.</summary>
internal static class CustomerJson
{
    public const string ObjectType = "Customer";
    public const string CompanyProfileObjectType = "CustomerCompanyProfile";

    /// <summary>The full resource the store keeps (what a partner with delegated access reads).</summary>
    public static JsonObject Full(CustomerFacts facts)
    {
        var companyProfile = new JsonObject
        {
            ["tenantId"] = facts.TenantId.ToString("D"),
            ["domain"] = facts.Domain,
            ["companyName"] = facts.CompanyName,
        };
        JsonMembers.AddIfSet(companyProfile, "organizationRegistrationNumber", facts.OrganizationRegistrationNumber);
        companyProfile["address"] = AddressJson.From(facts.CompanyAddress);
        companyProfile["email"] = facts.CompanyEmail;
        companyProfile["links"] = ResourceLinksJson.Self(ResourceLinksJson.CustomerUri(facts.TenantId) + "/profiles/company");
        companyProfile["attributes"] = ResourceLinksJson.Attributes(CompanyProfileObjectType);

        var customer = new JsonObject
        {
            ["id"] = facts.TenantId.ToString("D"),
            ["commerceId"] = facts.CommerceId.ToString("D"),
            ["companyProfile"] = companyProfile,
            ["billingProfile"] = BillingProfileJson.Build(
                facts.BillingProfileId.ToString("D"),
                facts.BillingProfile,
                facts.BillingEtag,
                ResourceLinksJson.Self(BillingProfileJson.SelfUri(facts.TenantId))),
            ["relationshipToPartner"] = facts.RelationshipToPartner,
            ["allowDelegatedAccess"] = facts.AllowDelegatedAccess,
        };
        if (facts.EnableGdapByDefault is { } enableGdap)
        {
            customer["enableGDAPByDefault"] = enableGdap;
        }

        customer["customDomains"] = new JsonArray(JsonValue.Create(facts.Domain));
        customer["tags"] = new JsonArray([.. facts.Tags.Select(tag => JsonValue.Create(tag))]);
        JsonMembers.AddIfSet(customer, "associatedPartnerId", facts.AssociatedPartnerId);
        customer["links"] = ResourceLinksJson.Self(ResourceLinksJson.CustomerUri(facts.TenantId));
        customer["attributes"] = ResourceLinksJson.Attributes(ObjectType);
        return customer;
    }

    /// <summary>
    /// The answer to creating a customer, in the shape of the documented one: a bare company profile, the billing
    /// profile without links, <c>relationshipToPartner</c> <c>none</c> (as documented, although the customer is listed
    /// as a reseller customer afterwards), and the administrator's credentials, which are returned here only.
    /// </summary>
    public static JsonObject CreatedAnswer(CustomerFacts facts, string userName, string password)
    {
        var companyProfile = new JsonObject
        {
            ["tenantId"] = facts.TenantId.ToString("D"),
            ["domain"] = facts.Domain,
        };
        JsonMembers.AddIfSet(companyProfile, "organizationRegistrationNumber", facts.OrganizationRegistrationNumber);
        companyProfile["attributes"] = ResourceLinksJson.Attributes(CompanyProfileObjectType);

        var answer = new JsonObject
        {
            ["id"] = facts.TenantId.ToString("D"),
            ["commerceId"] = facts.CommerceId.ToString("D"),
            ["companyProfile"] = companyProfile,
            ["billingProfile"] = BillingProfileJson.Build(facts.BillingProfileId.ToString("D"), facts.BillingProfile, facts.BillingEtag, links: null),
        };
        if (facts.EnableGdapByDefault is { } enableGdap)
        {
            answer["enableGDAPByDefault"] = enableGdap;
        }

        answer["relationshipToPartner"] = "none";
        answer["userCredentials"] = new JsonObject { ["userName"] = userName, ["password"] = password };
        JsonMembers.AddIfSet(answer, "associatedPartnerId", facts.AssociatedPartnerId);
        answer["attributes"] = ResourceLinksJson.Attributes(ObjectType);
        return answer;
    }
}
