using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary>The tool run as a process: what it prints when the call succeeds.</summary>
public sealed class CliSuccessTests
{
    [Fact]
    public async Task Without_credentials_or_endpoint_it_prints_the_documented_customer_from_the_built_in_emulator()
    {
        var result = await CliRunner.RunAsync("customers", "get", EmulatorSeed.DocumentedCustomerId);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(EmulatorSeed.ReadDocumentedCustomerJson()), JsonNode.Parse(result.Output)), result.Output);
        Assert.Contains("\n  \"commerceId\"", result.Output, StringComparison.Ordinal);
        var notice = Assert.Single(result.ErrorLines);
        Assert.Contains("built-in Partner Center emulator at http://127.0.0.1:", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_endpoint_and_a_token_it_calls_that_endpoint_with_the_token()
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", emulator.BaseAddress.ToString()],
            CliFacts.TokenEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Error);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(EmulatorSeed.ReadDocumentedCustomerJson()), JsonNode.Parse(result.Output)), result.Output);
        var request = Assert.Single(emulator.CustomerRequests());
        Assert.True(request.HasAuthorization);
        Assert.Equal("v1", request.Headers["MS-Contract-Version"]);
    }

    [Fact]
    public async Task Table_output_shows_one_readable_row_per_field()
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", emulator.BaseAddress.ToString(), "--output", "table"],
            CliFacts.TokenEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(row => row.TrimEnd()).ToList();
        Assert.Matches(@"^Field\s+Value$", rows[0]);
        Assert.Contains(rows, row => Regex.IsMatch(row, $@"^Customer tenant id\s+{EmulatorSeed.DocumentedCustomerId}$"));
        Assert.Contains(rows, row => Regex.IsMatch(row, @"^Company name\s+1kl as kjk$"));
        Assert.Contains(rows, row => Regex.IsMatch(row, @"^Company address\s+1 ms way, redmond, wa 98052, US$"));
        Assert.Contains(rows, row => Regex.IsMatch(row, @"^Delegated access\s+yes$"));
        Assert.Contains(rows, row => Regex.IsMatch(row, @"^Tags\s+TestCustomer, USCustomer$"));
    }

    [Fact]
    public async Task Customer_without_delegated_access_prints_without_the_withheld_fields()
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.CustomerWithoutDelegatedAccessId, "--endpoint", emulator.BaseAddress.ToString()],
            CliFacts.TokenEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var customer = JsonNode.Parse(result.Output)!.AsObject();
        Assert.Equal(EmulatorSeed.CustomerWithoutDelegatedAccessId, (string?)customer["id"]);
        Assert.False(customer.ContainsKey("customDomains"));
        Assert.False(customer["companyProfile"]!.AsObject().ContainsKey("address"));
        Assert.False(customer["companyProfile"]!.AsObject().ContainsKey("email"));
    }

    [Fact]
    public async Task Verbose_logs_one_line_per_call_on_standard_error_without_the_token()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = 503, FailureCount = 1 });

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", emulator.BaseAddress.ToString(), "--verbose", "--retry-delay", "0.01"],
            CliFacts.TokenEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        var requests = emulator.CustomerRequests();
        Assert.Contains($"GET /v1/customers/{EmulatorSeed.DocumentedCustomerId} answered 200", line, StringComparison.Ordinal);
        Assert.Contains("after 2 attempt(s)", line, StringComparison.Ordinal);
        Assert.Contains($"MS-CorrelationId {requests[0].CorrelationId}", line, StringComparison.Ordinal);
        CliFacts.AssertNoLeak(result);
    }

    [Fact]
    public async Task Help_documents_the_exit_codes_and_the_environment_variables()
    {
        var result = await CliRunner.RunAsync("customers", "get", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Exit codes:", result.Output, StringComparison.Ordinal);
        foreach (var code in new[] { 0, 1, 2, 3, 4, 5, 6, 7, 10, 130, 143 })
        {
            Assert.Matches($@"(?m)^\s+{code}\s+\S", result.Output);
        }

        Assert.Contains("PARTNER_CENTER_TOKEN", result.Output, StringComparison.Ordinal);
        Assert.Contains("AZURE_CLIENT_SECRET", result.Output, StringComparison.Ordinal);
        Assert.Contains("--endpoint", result.Output, StringComparison.Ordinal);
    }
}
