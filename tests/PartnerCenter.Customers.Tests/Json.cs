using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerCenter.Customers.Tests;

/// <summary>Reads and writes through the generated JSON context only, as the client does.</summary>
internal static class Json
{
    public static Customer ReadCustomer(string json)
        => JsonSerializer.Deserialize(json, PartnerCenterCustomersJsonContext.Default.Customer)
           ?? throw new InvalidOperationException("The sample deserialized to null.");

    public static string Write(Customer customer)
        => JsonSerializer.Serialize(customer, PartnerCenterCustomersJsonContext.Default.Customer);

    /// <summary>Semantic equality: same properties and values, whatever the order and whitespace.</summary>
    public static bool SemanticallyEqual(string left, string right)
        => JsonNode.DeepEquals(JsonNode.Parse(left), JsonNode.Parse(right));

    public static string Indented(string json)
        => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
