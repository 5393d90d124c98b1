namespace PartnerCenter.Customers.Tests;

/// <summary>The documented samples from spec/samples, copied next to the test assembly.</summary>
internal static class Samples
{
    public const string DocumentedCustomerId = "aaaabbbb-0000-cccc-1111-dddd2222eeee";

    public static string Corrected => Read("get-customer-by-id.response.json");

    public static string AsPublished => Read("get-customer-by-id.response.published.json");

    public static string NoDelegatedAccess => Read("get-customer-by-id.no-dap.response.json");

    /// <summary>The company profile nested in the documented customer, as its own endpoint returns it.</summary>
    public static string CompanyProfile
        => System.Text.Json.Nodes.JsonNode.Parse(Corrected)!["companyProfile"]!.ToJsonString();

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));
}
