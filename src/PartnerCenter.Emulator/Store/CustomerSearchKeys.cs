using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Store;

/// <summary>
/// The members of a customer that searches match on, read once when the customer is stored rather than parsed out
/// of its JSON for every customer of every page. Empty when the resource has no such member.
/// </summary>
internal sealed record CustomerSearchKeys(string CompanyName, string Domain, string IndirectResellerId, string IndirectCloudSolutionProviderId)
{
    public static CustomerSearchKeys From(JsonObject resource, string? indirectCloudSolutionProviderId) =>
        new(
            StringAt(resource["companyProfile"]?["companyName"]),
            StringAt(resource["companyProfile"]?["domain"]),
            StringAt(resource["associatedPartnerId"]),
            indirectCloudSolutionProviderId ?? string.Empty);

    private static string StringAt(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
