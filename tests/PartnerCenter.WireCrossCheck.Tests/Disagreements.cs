namespace PartnerCenter.WireCrossCheck.Tests;

/// <summary>
/// The samples the two clients do not read alike, each with what happens and why. Everything else must read to the
/// same values; a change in either client that changes one of these outcomes fails the cross-check.
/// </summary>
internal static class Disagreements
{
    public static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        // The published create-customer request names its members in PascalCase (samples/README.md); neither client
        // matches them (both read names case-sensitively), so the spec's two required members are missing. Ours
        // refuses the body. NSwag's System.Text.Json output enforces no `required` (it marks no member [JsonRequired])
        // and reads it, inventing an empty companyProfile, an empty billingProfile.defaultAddress and
        // enableGDAPByDefault = false from its property initialisers. Its camel-case copy reads alike in both.
        ["create-customer.request.json"] = "ours: JsonException at $; NSwag: read NewCustomer",
    };

    /// <summary>The outcome of a pair of readings in one line.</summary>
    public static string Describe(Read ours, Read peer) =>
        $"ours: {Outcome(ours)}; NSwag: {Outcome(peer)}";

    private static string Outcome(Read read) =>
        read.Failure is { } failure ? $"{failure.GetType().Name} at {(failure as System.Text.Json.JsonException)?.Path}" : $"read {read.Model?.GetType().Name}";
}
