using System.Net;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

public sealed class SeedDataTests : IDisposable
{
    private const string CustomerId = "ccccdddd-2222-eeee-3333-ffff4444aaaa";
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-seed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Properties_the_emulator_does_not_know_pass_through_untouched_and_in_order()
    {
        var seed = $$"""
            {
              // Comments and trailing commas are allowed in hand-edited seed files.
              "customers": [
                {
                  "customer": {
                    "futureProperty": { "nested": [1, 2.50, "x", null, true] },
                    "id": "{{CustomerId}}",
                    "companyProfile": { "companyName": "Zeta", "unknownInProfile": "kept" },
                    "name with spaces": "Ünïcödé & <html>",
                  }
                }
              ]
            }
            """;
        await using var emulator = await StartWithSeedAsync(seed);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(CustomerId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            $$"""{"futureProperty":{"nested":[1,2.50,"x",null,true]},"id":"{{CustomerId}}","companyProfile":{"companyName":"Zeta","unknownInProfile":"kept"},"name with spaces":"Ünïcödé & <html>"}""",
            text);
    }

    [Fact]
    public async Task A_custom_seed_replaces_the_built_in_customers()
    {
        var seed = $$$"""{"customers":[{"delegatedAdminAccess":false,"customer":{"id":"{{{CustomerId}}}","customDomains":["x.example"]}}]}""";
        await using var emulator = await StartWithSeedAsync(seed);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var documented = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
        using var custom = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(CustomerId));

        Assert.Equal(HttpStatusCode.NotFound, documented.StatusCode);
        Assert.Equal($$"""{"id":"{{CustomerId}}"}""", await custom.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"customers": [""")]
    [InlineData("""[]""")]
    [InlineData("""{"customers":{}}""")]
    [InlineData("""{"customers":[{"customer":{"id":"not-a-guid"}}]}""")]
    [InlineData("""{"customers":[{"customer":{"id":"ccccdddd-2222-eeee-3333-ffff4444aaaa"}},{"customer":{"id":"CCCCDDDD-2222-EEEE-3333-FFFF4444AAAA"}}]}""")]
    [InlineData("""{"customers":[{"delegatedAdminAccess":"yes","customer":{"id":"ccccdddd-2222-eeee-3333-ffff4444aaaa"}}]}""")]
    public async Task An_invalid_seed_fails_at_start_with_a_clear_message(string seed)
    {
        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => StartWithSeedAsync(seed));

        Assert.Contains("seed data", exception.Message);
    }

    [Fact]
    public void The_seed_file_copied_to_the_output_is_the_embedded_one()
    {
        using var embedded = EmulatorSeed.OpenBuiltInSeedData();
        using var reader = new StreamReader(embedded);
        var copied = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SeedData", "customers.json"));

        Assert.Equal(copied, reader.ReadToEnd());
    }

    [Fact]
    public void The_built_in_seed_holds_the_documented_customer_with_DAP_one_without_and_the_customers_of_the_other_samples()
    {
        using var embedded = EmulatorSeed.OpenBuiltInSeedData();
        var entries = JsonNode.Parse(embedded)!["customers"]!.AsArray();
        string[] sampleCustomers =
        [
            Samples.Json("get-customer-company-profile.response.json")["tenantId"]!.GetValue<string>(),
            .. Samples.Json("list-customers-by-company-name.response.json")["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()),
            .. Samples.Json("list-customers-of-indirect-reseller.response.json")["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()),
        ];

        Assert.Equal(
            [(EmulatorSeed.DocumentedCustomerId, true), (EmulatorSeed.CustomerWithoutDelegatedAccessId, false), .. sampleCustomers.Select(id => (id, true))],
            entries.Select(entry => Describe(entry!)));

        static (string Id, bool Dap) Describe(JsonNode entry) =>
            (entry["customer"]!["id"]!.GetValue<string>(), entry["delegatedAdminAccess"]!.GetValue<bool>());
    }

    private async Task<PartnerCenterEmulator> StartWithSeedAsync(string seed)
    {
        var path = Path.Combine(_directory, "customers.json");
        await File.WriteAllTextAsync(path, seed);
        return await PartnerCenterEmulator.StartAsync(new EmulatorOptions { SeedDataPath = path });
    }
}
