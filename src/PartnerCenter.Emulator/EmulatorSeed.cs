using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Customers;
using PartnerCenter.Emulator.Seed;

namespace PartnerCenter.Emulator;

/// <summary>The customers of the built-in seed, for tests and tools that need to know what the emulator serves.</summary>
public static class EmulatorSeed
{
    /// <summary>The customer of the documented "Get a customer by ID" sample, served value for value, with DAP access.</summary>
    public const string DocumentedCustomerId = "aaaabbbb-0000-cccc-1111-dddd2222eeee";

    /// <summary>A customer the partner has no delegated admin access to: its address, email and custom domains are omitted.</summary>
    public const string CustomerWithoutDelegatedAccessId = "bbbbcccc-1111-dddd-2222-eeee3333ffff";

    internal const string BuiltInSeedResourceName = "PartnerCenter.Emulator.SeedData.customers.json";

    /// <summary>The built-in seed file (<c>SeedData/customers.json</c>), embedded in the assembly.</summary>
    public static Stream OpenBuiltInSeedData() =>
        typeof(EmulatorSeed).Assembly.GetManifestResourceStream(BuiltInSeedResourceName)
        ?? throw new InvalidOperationException($"The embedded resource '{BuiltInSeedResourceName}' is missing from the emulator assembly.");

    /// <summary>
    /// The documented customer as <c>GET /v1/customers/{id}</c> returns it: the documented response sample, with
    /// its properties in the documented order.
    /// </summary>
    public static string ReadDocumentedCustomerJson()
    {
        using var seed = OpenBuiltInSeedData();
        var documented = SeedDataReader.Read(seed, BuiltInSeedResourceName)
            .Single(customer => customer.TenantId == Guid.Parse(DocumentedCustomerId));
        JsonNode view = CustomerViews.Customer(documented);
        return System.Text.Encoding.UTF8.GetString(JsonNodeWriter.ToUtf8Bytes(view));
    }
}
