using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Requests;

namespace PartnerCenter.Emulator.Resources;

/// <summary>
/// An address as the service writes it: members in the order of the documented bodies (country first, phone number
/// last), and absent rather than null when not set, as the documented update answer leaves out the null
/// <c>region</c> and <c>addressLine2</c> its request sent.
/// </summary>
internal static class AddressJson
{
    public static JsonObject From(AddressInput address)
    {
        var json = new JsonObject();
        JsonMembers.AddIfSet(json, "country", address.Country);
        JsonMembers.AddIfSet(json, "region", address.Region);
        JsonMembers.AddIfSet(json, "city", address.City);
        JsonMembers.AddIfSet(json, "state", address.State);
        JsonMembers.AddIfSet(json, "addressLine1", address.AddressLine1);
        JsonMembers.AddIfSet(json, "addressLine2", address.AddressLine2);
        JsonMembers.AddIfSet(json, "addressLine3", address.AddressLine3);
        JsonMembers.AddIfSet(json, "postalCode", address.PostalCode);
        JsonMembers.AddIfSet(json, "district", address.District);
        JsonMembers.AddIfSet(json, "firstName", address.FirstName);
        JsonMembers.AddIfSet(json, "middleName", address.MiddleName);
        JsonMembers.AddIfSet(json, "lastName", address.LastName);
        JsonMembers.AddIfSet(json, "phoneNumber", address.PhoneNumber);
        return json;
    }
}
