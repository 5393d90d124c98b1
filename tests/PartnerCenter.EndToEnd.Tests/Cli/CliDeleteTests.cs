using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary>
/// <c>customers delete</c>: never sent without <c>--sandbox</c>; refused by a production account; done in an
/// integration sandbox account.
/// </summary>
public sealed class CliDeleteTests
{
    [Fact]
    public async Task Without_sandbox_delete_exits_2_and_sends_nothing()
    {
        await using var emulator = await CliEmulators.StartAsync(integrationSandbox: true);

        var result = await emulator.RunAsync("customers", "delete", EmulatorSeed.DocumentedCustomerId);

        CliFacts.AssertFailure(result, 2, "delete needs --sandbox", "integration sandbox", "Nothing was sent");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task Without_sandbox_the_built_in_emulator_is_not_even_started()
    {
        var result = await CliRunner.RunAsync("customers", "delete", EmulatorSeed.DocumentedCustomerId);

        CliFacts.AssertFailure(result, 2, "delete needs --sandbox");
    }

    [Fact]
    public async Task A_production_account_refuses_with_403_and_exit_5_and_the_customer_stays()
    {
        await using var emulator = await CliEmulators.StartAsync(integrationSandbox: false);

        var result = await emulator.RunAsync("customers", "delete", EmulatorSeed.DocumentedCustomerId, "--sandbox");

        CliFacts.AssertFailure(result, 5, "forbidden", "HTTP 403", "900308");
        Assert.Equal(0, (await emulator.RunAsync("customers", "get", EmulatorSeed.DocumentedCustomerId)).ExitCode);
    }

    [Fact]
    public async Task An_integration_sandbox_deletes_and_the_customer_is_gone()
    {
        await using var emulator = await CliEmulators.StartAsync(integrationSandbox: true);

        var result = await emulator.RunAsync("customers", "delete", EmulatorSeed.DocumentedCustomerId, "--sandbox");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"Deleted customer {EmulatorSeed.DocumentedCustomerId}.", Assert.Single(result.ErrorLines));
        Assert.Equal(204, Assert.Single(emulator.RequestsTo("DELETE", $"/v1/customers/{EmulatorSeed.DocumentedCustomerId}")).StatusCode);
        var gone = await emulator.RunAsync("customers", "get", EmulatorSeed.DocumentedCustomerId);
        CliFacts.AssertFailure(gone, 4, "not found");
        var listed = await emulator.RunAsync("customers", "list", "-o", "ndjson", "--page-size", "500");
        Assert.Equal(249, listed.JsonLines().Count);
    }

    [Fact]
    public async Task With_sandbox_the_built_in_emulator_runs_as_a_sandbox_account()
    {
        var result = await CliRunner.RunAsync("customers", "delete", EmulatorSeed.DocumentedCustomerId, "--sandbox");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("(as an integration sandbox account)", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal($"Deleted customer {EmulatorSeed.DocumentedCustomerId}.", result.ErrorLines[1]);
    }
}
