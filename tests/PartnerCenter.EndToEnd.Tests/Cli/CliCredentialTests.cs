using System.Text.Json.Nodes;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary>
/// The credential variables, run as a process: what is wrong with them is reported in terms of the variable the
/// user set (exit 2), never by falling back to the emulator or naming a library setting.
/// </summary>
public sealed class CliCredentialTests
{
    [Theory]
    [InlineData("PARTNER_CENTER_TOKEN", "")]
    [InlineData("PARTNER_CENTER_TOKEN", "   ")]
    [InlineData("AZURE_TENANT_ID", "")]
    [InlineData("AZURE_CLIENT_ID", " ")]
    [InlineData("AZURE_CLIENT_SECRET", "")]
    public async Task A_credential_variable_set_but_empty_exits_2_naming_it_instead_of_calling_the_built_in_emulator(string name, string value)
    {
        // A script whose token fetch failed runs the tool with PARTNER_CENTER_TOKEN= : that must not look like success.
        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId],
            new Dictionary<string, string> { [name] = value });

        CliFacts.AssertFailure(result, 2, $"{name} is set but empty", "unset it");
    }

    [Fact]
    public async Task An_empty_variable_is_an_error_even_beside_a_usable_token()
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", emulator.BaseAddress.ToString()],
            new Dictionary<string, string>(CliFacts.TokenEnvironment) { ["AZURE_CLIENT_SECRET"] = string.Empty });

        CliFacts.AssertFailure(result, 2, "AZURE_CLIENT_SECRET is set but empty");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task A_token_with_the_Bearer_prefix_exits_2_naming_the_variable_not_the_library_setting()
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", emulator.BaseAddress.ToString()],
            new Dictionary<string, string> { ["PARTNER_CENTER_TOKEN"] = "Bearer " + TestClients.SecretToken });

        CliFacts.AssertFailure(result, 2, "PARTNER_CENTER_TOKEN starts with 'Bearer '");
        Assert.DoesNotContain("PartnerCenterClientOptions", result.Error, StringComparison.Ordinal);
        Assert.Empty(emulator.CustomerRequests());
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("\"quoted-token\"")]
    [InlineData("token-with-ü")]
    public async Task A_token_a_bearer_header_cannot_carry_exits_2_naming_the_variable(string token)
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", emulator.BaseAddress.ToString()],
            new Dictionary<string, string> { ["PARTNER_CENTER_TOKEN"] = token });

        CliFacts.AssertFailure(result, 2, "PARTNER_CENTER_TOKEN contains");
        Assert.DoesNotContain(token, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PartnerCenterClientOptions", result.Error, StringComparison.Ordinal);
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task A_token_read_from_a_file_with_its_trailing_newline_is_used_without_it()
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", emulator.BaseAddress.ToString()],
            new Dictionary<string, string> { ["PARTNER_CENTER_TOKEN"] = TestClients.SecretToken + "\n" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(EmulatorSeed.DocumentedCustomerId, (string?)JsonNode.Parse(result.Output)!["id"]);
        Assert.True(Assert.Single(emulator.CustomerRequests()).HasAuthorization);
    }

    [Fact]
    public async Task A_tenant_id_that_is_neither_a_GUID_nor_a_domain_exits_2_naming_AZURE_TENANT_ID()
    {
        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId],
            new Dictionary<string, string>
            {
                ["AZURE_TENANT_ID"] = "contoso tenant",
                ["AZURE_CLIENT_ID"] = Guid.NewGuid().ToString(),
                ["AZURE_CLIENT_SECRET"] = TestClients.SecretToken,
            });

        CliFacts.AssertFailure(result, 2, "AZURE_TENANT_ID", "GUID", "domain");
    }

    [Fact]
    public async Task An_endpoint_without_credentials_exits_2_naming_the_variables()
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await CliRunner.RunAsync("customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", emulator.BaseAddress.ToString());

        CliFacts.AssertFailure(result, 2, "no credentials", "PARTNER_CENTER_TOKEN", "AZURE_CLIENT_SECRET");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task Incomplete_Azure_credentials_exit_2_naming_what_is_missing()
    {
        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId],
            new Dictionary<string, string> { ["AZURE_TENANT_ID"] = "contoso.onmicrosoft.com", ["AZURE_CLIENT_ID"] = Guid.NewGuid().ToString() });

        CliFacts.AssertFailure(result, 2, "AZURE_CLIENT_SECRET is not set");
    }
}
