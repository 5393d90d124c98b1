using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Requests;

namespace PartnerCenter.Emulator.Resources;

/// <summary>A billing profile as the service writes it, members in the documented order.</summary>
internal static class BillingProfileJson
{
    public const string ObjectType = "CustomerBillingProfile";

    public static string SelfUri(Guid tenantId) => ResourceLinksJson.CustomerUri(tenantId) + "/profiles/billing";

    /// <param name="id">The profile's own id, which the service keeps across updates.</param>
    /// <param name="profile">The validated profile.</param>
    /// <param name="etag">The new version of the profile.</param>
    /// <param name="links">The profile's links, or null for none (the answer to creating a customer has none).</param>
    public static JsonObject Build(string id, BillingProfileInput profile, string etag, JsonObject? links)
    {
        var json = new JsonObject { ["id"] = id };
        JsonMembers.AddIfSet(json, "firstName", profile.FirstName);
        JsonMembers.AddIfSet(json, "lastName", profile.LastName);
        JsonMembers.AddIfSet(json, "email", profile.Email);
        JsonMembers.AddIfSet(json, "culture", profile.Culture);
        JsonMembers.AddIfSet(json, "language", profile.Language);
        JsonMembers.AddIfSet(json, "companyName", profile.CompanyName);
        if (profile.DefaultAddress is { } address)
        {
            json["defaultAddress"] = AddressJson.From(address);
        }

        if (links is not null)
        {
            json["links"] = links;
        }

        json["attributes"] = ResourceLinksJson.Attributes(ObjectType, etag);
        return json;
    }
}
