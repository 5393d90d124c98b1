using System.Text.Json.Nodes;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary>
/// Several tool processes against one stand-alone emulator, whose state outlives each of them: create, read back,
/// update the billing profile with optimistic concurrency, and lose a race with a 412.
/// </summary>
public sealed class CliRoundTripTests
{
    // The documented create-customer request body (spec/samples/create-customer.request.json): PascalCase members, as published.
    private const string CreateRequest = """
        {
            "enableGDAPByDefault": false,
            "CompanyProfile": {
                "Domain": "xyz.ccsctp.net"
            },
            "BillingProfile": {
                "Culture": "EN-US",
                "Email": "test@outlook.com",
                "Language": "en",
                "CompanyName": "test company",
                "DefaultAddress": {
                    "FirstName": "Test",
                    "LastName": "Test",
                    "AddressLine1": "One Microsoft Way",
                    "City": "Redmond",
                    "State": "WA",
                    "PostalCode": "98052",
                    "Country": "US"
                }
            }
        }
        """;

    [Fact]
    public async Task Create_then_get_then_update_the_billing_profile_then_get_shows_the_change()
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();

        var created = await emulator.RunAsync("customers", "create", "--from", folder.Write("create.json", CreateRequest));
        Assert.True(created.ExitCode == 0, created.ToString());
        var customer = created.Json();
        var id = (string)customer["id"]!;
        Assert.Equal("xyz.ccsctp.net", (string?)customer["companyProfile"]!["domain"]);
        Assert.Equal("admin", (string?)customer["userCredentials"]!["userName"]);
        Assert.Equal(string.Empty, created.Error);

        var read = await emulator.RunAsync("customers", "get", id);
        Assert.True(read.ExitCode == 0, read.ToString());
        Assert.Equal("test@outlook.com", (string?)read.Json()["billingProfile"]!["email"]);

        var change = folder.Write("change.json", """{ "email": "billing@xyz.example", "defaultAddress": { "city": "Bellevue" } }""");
        var updated = await emulator.RunAsync("customers", "billing-profile", "update", id, "--from", change);
        Assert.True(updated.ExitCode == 0, updated.ToString());
        Assert.Equal("billing@xyz.example", (string?)updated.Json()["email"]);

        var after = await emulator.RunAsync("customers", "get", id, "-o", "json");
        Assert.True(after.ExitCode == 0, after.ToString());
        var billing = after.Json()["billingProfile"]!;
        Assert.Equal("billing@xyz.example", (string?)billing["email"]);
        // Applied member by member: the rest of the address and profile is as created.
        Assert.Equal("Bellevue", (string?)billing["defaultAddress"]!["city"]);
        Assert.Equal("One Microsoft Way", (string?)billing["defaultAddress"]!["addressLine1"]);
        Assert.Equal("test company", (string?)billing["companyName"]);

        // The update was one read and one conditional write with that read's ETag, quoted.
        var path = $"/v1/customers/{id}/profiles/billing";
        var put = Assert.Single(emulator.RequestsTo("PUT", path));
        var etagBefore = (string?)read.Json()["billingProfile"]!["attributes"]!["etag"];
        Assert.Equal($"\"{etagBefore}\"", put.Header("If-Match"));
        Assert.Equal(200, put.StatusCode);
    }

    [Fact]
    public async Task Two_updates_from_the_same_read_the_second_exits_8_and_changes_nothing()
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();
        var id = EmulatorSeed.DocumentedCustomerId;

        // One read, saved as a file: it carries the ETag of that read.
        var read = await emulator.RunAsync("customers", "billing-profile", "get", id, "-o", "json");
        Assert.True(read.ExitCode == 0, read.ToString());
        var etag = (string)read.Json()["attributes"]!["etag"]!;
        var first = folder.Write("first.json", read.Output.Replace("\"a@a.com\"", "\"first@contoso.com\"", StringComparison.Ordinal));
        var second = folder.Write("second.json", read.Output.Replace("\"a@a.com\"", "\"second@contoso.com\"", StringComparison.Ordinal));

        var won = await emulator.RunAsync("customers", "billing-profile", "update", id, "--from", first);
        var lost = await emulator.RunAsync("customers", "billing-profile", "update", id, "--from", second);

        Assert.True(won.ExitCode == 0, won.ToString());
        CliFacts.AssertFailure(
            lost,
            8,
            "concurrency conflict",
            "the billing profile changed after the version this update was based on",
            "HTTP 412, error code 2055",
            "nothing was changed",
            $"The ETag sent in If-Match, {etag}, came from attributes.etag in {second}",
            $"Read the profile again (partner-center customers billing-profile get {id} -o json)");
        var now = await emulator.RunAsync("customers", "billing-profile", "get", id);
        Assert.Equal("first@contoso.com", (string?)now.Json()["email"]);
        var puts = emulator.RequestsTo("PUT", $"/v1/customers/{id}/profiles/billing");
        Assert.Equal([200, 412], puts.Select(put => put.StatusCode));
        Assert.All(puts, put => Assert.Equal($"\"{etag}\"", put.Header("If-Match")));
    }

    [Fact]
    public async Task If_match_forces_the_version_and_a_stale_one_exits_8()
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();
        var id = EmulatorSeed.DocumentedCustomerId;
        var staleEtag = (string)(await emulator.RunAsync("customers", "billing-profile", "get", id)).Json()["attributes"]!["etag"]!;
        var change = folder.Write("change.json", """{ "firstName": "Erika" }""");
        var first = await emulator.RunAsync("customers", "billing-profile", "update", id, "--from", change, "--if-match", staleEtag, "-o", "table");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(@"(?m)^Contact\s+Erika ", first.Output);

        var stale = await emulator.RunAsync("customers", "billing-profile", "update", id, "--from", change, "--if-match", $"\"{staleEtag}\"");

        CliFacts.AssertFailure(stale, 8, "concurrency conflict", $"The ETag sent in If-Match, \"{staleEtag}\", was given with --if-match");
    }

    [Fact]
    public async Task A_file_without_an_etag_is_applied_to_the_version_just_read()
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();
        var id = EmulatorSeed.CustomerWithoutDelegatedAccessId;
        var change = folder.Write("change.json", """{ "Email": "new@fabrikam.example", "DefaultAddress": { "AddressLine2": null } }""");

        // Twice in a row from the same file: each update reads the current version first, so neither conflicts.
        var first = await emulator.RunAsync("customers", "billing-profile", "update", id, "--from", change);
        var second = await emulator.RunAsync("customers", "billing-profile", "update", id, "--from", change, "-o", "ndjson");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var profile = Assert.Single(second.JsonLines());
        Assert.Equal("new@fabrikam.example", (string?)profile["email"]);
        Assert.NotEqual((string?)first.Json()["attributes"]!["etag"], (string?)profile["attributes"]!["etag"]);
    }

    [Fact]
    public async Task Company_profile_get_prints_the_documented_profile()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var json = await emulator.RunAsync("customers", "company-profile", "get", EmulatorSeed.DocumentedCustomerId);
        var table = await emulator.RunAsync("customers", "company-profile", "get", EmulatorSeed.DocumentedCustomerId, "-o", "table");

        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Equal("abcdefgh1234.onmicrosoft.com", (string?)json.Json()["domain"]);
        Assert.Matches(@"(?m)^Domain\s+abcdefgh1234\.onmicrosoft\.com$", table.Output);
        Assert.Matches(@"(?m)^Email\s+a@a\.com$", table.Output);
    }

    [Fact]
    public async Task Get_prints_one_line_with_ndjson()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync("customers", "get", EmulatorSeed.DocumentedCustomerId, "-o", "ndjson");

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(EmulatorSeed.ReadDocumentedCustomerJson()), JsonNode.Parse(line)), line);
    }
}
