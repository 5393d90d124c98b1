using System.Text.Json;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary>
/// <c>customers remove-relationship</c>: never sent without <c>--yes</c>; with it, the customer stays readable with
/// <c>relationshipToPartner</c> <c>none</c>.
/// </summary>
public sealed class CliRemoveRelationshipTests
{
    private static string CustomerPath => $"/v1/customers/{EmulatorSeed.DocumentedCustomerId}";

    [Fact]
    public async Task Without_yes_it_exits_2_and_sends_nothing()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync("customers", "remove-relationship", EmulatorSeed.DocumentedCustomerId);

        CliFacts.AssertFailure(result, 2, "remove-relationship needs --yes", "Nothing was sent");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task With_yes_the_relationship_ends_and_the_customer_stays_readable()
    {
        await using var emulator = await CliEmulators.StartAsync();
        Assert.Equal("reseller", await RelationshipAsync(emulator));

        var result = await emulator.RunAsync("customers", "remove-relationship", EmulatorSeed.DocumentedCustomerId, "--yes");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"Removed the reseller relationship with customer {EmulatorSeed.DocumentedCustomerId}.", Assert.Single(result.ErrorLines));
        Assert.Equal(200, Assert.Single(emulator.RequestsTo("PATCH", CustomerPath)).StatusCode);
        Assert.Equal("none", await RelationshipAsync(emulator));
    }

    [Fact]
    public async Task An_unknown_customer_exits_4_as_not_found()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync("customers", "remove-relationship", Guid.NewGuid().ToString(), "--yes");

        CliFacts.AssertFailure(result, 4, "not found");
    }

    private static async Task<string?> RelationshipAsync(PartnerCenterEmulator emulator)
    {
        var read = await emulator.RunAsync("customers", "get", EmulatorSeed.DocumentedCustomerId, "-o", "json");
        Assert.True(read.ExitCode == 0, read.ToString());
        using var customer = JsonDocument.Parse(read.Output);
        return customer.RootElement.GetProperty("relationshipToPartner").GetString();
    }
}
