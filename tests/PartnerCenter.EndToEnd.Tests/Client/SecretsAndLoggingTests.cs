using Microsoft.Extensions.Logging;
using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;
using PartnerCenter.Testing;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>One log line per call with what an operator needs, and the token in no log and no exception.</summary>
public sealed class SecretsAndLoggingTests
{
    [Fact]
    public async Task Each_call_writes_one_line_with_method_path_status_duration_and_ids()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = 503, FailureCount = 1 });
        using var logs = new CapturedLogs();
        using var loggerFactory = logs.CreateFactory();
        await using var client = TestClients.Create(
            emulator,
            loggerFactory: loggerFactory,
            clock: new TestClock { SkipWaitsUpTo = TimeSpan.FromMilliseconds(50) });

        await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);
        await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Emulators.UnknownCustomerId));

        var lines = logs.Records.Where(record => record.Category == "PartnerCenter.Customers").ToList();
        Assert.Equal(2, lines.Count);
        var requests = await emulator.CustomerRequestsAsync(3);
        var success = lines[0];
        Assert.Equal(LogLevel.Information, success.Level);
        Assert.Equal("GET", success.Properties["Method"]);
        Assert.Equal($"/v1/customers/{EmulatorSeed.DocumentedCustomerId}", success.Properties["Path"]);
        Assert.Equal(200, success.Properties["StatusCode"]);
        Assert.Equal(2, success.Properties["Attempts"]);
        Assert.IsType<long>(success.Properties["ElapsedMilliseconds"]);
        Assert.Equal(requests[0].CorrelationId, success.Properties["CorrelationId"]);
        Assert.Equal(requests[0].RequestId, success.Properties["RequestId"]);
        var notFound = lines[1];
        Assert.Equal(LogLevel.Warning, notFound.Level);
        Assert.Equal(404, notFound.Properties["StatusCode"]);
        Assert.Equal(requests[2].CorrelationId, notFound.Properties["CorrelationId"]);
    }

    [Fact]
    public async Task The_token_appears_in_no_log_and_no_exception_whatever_fails()
    {
        using var logs = new CapturedLogs();
        using var loggerFactory = logs.CreateFactory();
        var texts = new List<string>();
        var backoffs = TimeSpan.FromMilliseconds(50);
        var attemptTimeout = TimeSpan.FromMilliseconds(300);
        // Each fault with the longest wait its clock lets pass at once: the backoffs, and for the slow emulator
        // the attempt timeout too, so that every attempt times out without real time passing.
        (FaultOptions Fault, TimeSpan Skipped)[] faults =
        [
            (new() { FailureStatusCode = 500, FailureCount = 100 }, backoffs),
            (new() { MalformedBody = true }, backoffs),
            (new() { DropConnection = true }, backoffs),
            (new() { ThrottleCount = 100, RetryAfterSeconds = 0 }, backoffs),
            (new() { LatencyMilliseconds = 60_000 }, attemptTimeout),
            (new(), backoffs),
        ];

        foreach (var (fault, skipped) in faults)
        {
            await using var emulator = await Emulators.StartAsync(fault);
            await using var client = TestClients.Create(
                emulator,
                options =>
                {
                    options.Resilience.MaxRetryAttempts = 1;
                    options.Resilience.AttemptTimeout = attemptTimeout;
                },
                loggerFactory,
                new TestClock { SkipWaitsUpTo = skipped });

            var failure = await Assert.ThrowsAsync<PartnerCenterException>(
                () => client.Customers.GetCustomerByIdAsync(Emulators.UnknownCustomerId));
            Assert.All(emulator.CustomerRequests(), request => Assert.True(request.HasAuthorization));
            texts.Add(failure.ToString());
            texts.Add(failure.ResponseBody ?? string.Empty);
            texts.AddRange(failure.Data.Values.Cast<object?>().Select(value => value?.ToString() ?? string.Empty));
        }

        texts.AddRange(logs.Records.Select(record => record.AllText));
        // The search is not vacuous: every scenario logged, Polly's retry events included.
        Assert.Equal(faults.Length, logs.Records.Count(record => record.Category == "PartnerCenter.Customers"));
        Assert.Contains(logs.Records, record => record.Category.StartsWith("Polly", StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain(TestClients.SecretToken, text, StringComparison.Ordinal));
    }
}
