using System.Diagnostics;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary>The tool run as a process: one line on standard error and a distinct exit code per kind of failure.</summary>
public sealed class CliFailureTests
{
    private const string FastRetries = "0.01";

    [Fact]
    public async Task An_id_that_is_not_a_GUID_exits_3_before_any_call()
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await RunAgainstAsync(emulator, "not-a-guid");

        CliFacts.AssertFailure(result, 3, "'not-a-guid'", "GUID");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task Unknown_customer_exits_4()
    {
        await using var emulator = await Emulators.StartAsync();

        var result = await RunAgainstAsync(emulator, "11111111-2222-3333-4444-555555555555");

        CliFacts.AssertFailure(result, 4, "not found", "HTTP 404", "60003", Assert.Single(emulator.CustomerRequests()).CorrelationId!);
    }

    [Theory]
    [InlineData(401, "unauthorized")]
    [InlineData(403, "forbidden")]
    public async Task Unauthorized_and_forbidden_exit_5(int status, string what)
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = status, FailureCount = 100 });

        var result = await RunAgainstAsync(emulator, EmulatorSeed.DocumentedCustomerId, "--retry-delay", FastRetries);

        CliFacts.AssertFailure(result, 5, what, $"HTTP {status}");
        Assert.Single(emulator.CustomerRequests());
    }

    [Fact]
    public async Task Still_throttled_after_the_retries_exits_6()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { ThrottleCount = 100, RetryAfterSeconds = 1 });

        var result = await RunAgainstAsync(emulator, EmulatorSeed.DocumentedCustomerId, "--max-retries", "1");

        CliFacts.AssertFailure(result, 6, "throttled", "HTTP 429", "after 2 attempts", "retry after 1 s");
        var requests = emulator.CustomerRequests();
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].RequestId, requests[1].RequestId);
    }

    [Fact]
    public async Task Server_errors_after_the_retries_exit_1()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = 500, FailureCount = 100 });

        var result = await RunAgainstAsync(emulator, EmulatorSeed.DocumentedCustomerId, "--max-retries", "2", "--retry-delay", FastRetries);

        CliFacts.AssertFailure(result, 1, "service error", "HTTP 500", "after 3 attempts");
        Assert.Equal(3, emulator.CustomerRequests().Count);
    }

    [Fact]
    public async Task A_bad_request_answered_by_the_service_exits_1_without_retries()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = 400, FailureCount = 100 });

        var result = await RunAgainstAsync(emulator, EmulatorSeed.DocumentedCustomerId, "--retry-delay", FastRetries);

        CliFacts.AssertFailure(result, 1, "service error", "HTTP 400");
        Assert.Single(emulator.CustomerRequests());
    }

    [Fact]
    public async Task A_body_that_is_not_a_customer_exits_1_naming_the_JSON_path()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { MalformedBody = true });

        var result = await RunAgainstAsync(emulator, EmulatorSeed.DocumentedCustomerId);

        CliFacts.AssertFailure(result, 1, "invalid response", "at JSON path $");
    }

    [Fact]
    public async Task Refused_connection_exits_7()
    {
        var port = ClosedPort.Find();

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", $"http://127.0.0.1:{port}/", "--max-retries", "1", "--retry-delay", FastRetries],
            CliFacts.TokenEnvironment);

        CliFacts.AssertFailure(result, 7, "network failure", $"127.0.0.1:{port}");
    }

    [Fact]
    public async Task Dropped_connections_exit_7()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { DropConnection = true });

        var result = await RunAgainstAsync(emulator, EmulatorSeed.DocumentedCustomerId, "--max-retries", "1", "--retry-delay", FastRetries);

        CliFacts.AssertFailure(result, 7, "network failure", "after 2 attempts");
    }

    [Fact]
    public async Task Timing_out_exits_7()
    {
        // The server never answers, so the tool's own time limit is the only way out: nothing races it.
        using var silent = new SilentServer();

        var result = await CliRunner.RunAsync(
            ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", silent.Endpoint.ToString(), "--attempt-timeout", "0.3", "--max-retries", "0"],
            CliFacts.TokenEnvironment);

        CliFacts.AssertFailure(result, 7, "timed out", "300 ms timeout");
    }

    [Theory]
    [InlineData("--output", "xml", "'xml'")]
    [InlineData("--cloud", "mars", "'mars'")]
    [InlineData("--endpoint", "ftp://example.com/", "not an absolute http or https URL")]
    [InlineData("--max-retries", "-1", "--max-retries must be from 0 to 100, not -1")]
    [InlineData("--timeout", "abc", "--timeout must be a number of seconds, not 'abc'")]
    [InlineData("--attempt-timeout", "500", "--attempt-timeout (500 s) is longer than --timeout (120 s)")]
    [InlineData("--unknown-option", "1", "'--unknown-option'")]
    public async Task Bad_options_exit_2_with_one_line_naming_the_problem(string option, string value, string fragment)
    {
        await using var emulator = await Emulators.StartAsync();
        string[] arguments = option == "--endpoint"
            ? ["customers", "get", EmulatorSeed.DocumentedCustomerId, option, value]
            : ["customers", "get", EmulatorSeed.DocumentedCustomerId, "--endpoint", emulator.BaseAddress.ToString(), option, value];

        var result = await CliRunner.RunAsync(arguments, CliFacts.TokenEnvironment);

        CliFacts.AssertFailure(result, 2, fragment);
        Assert.Empty(emulator.CustomerRequests());
    }

    private static Task<CliResult> RunAgainstAsync(PartnerCenterEmulator emulator, string customerId, params string[] options) =>
        CliRunner.RunAsync(
            ["customers", "get", customerId, "--endpoint", emulator.BaseAddress.ToString(), .. options],
            CliFacts.TokenEnvironment);
}
