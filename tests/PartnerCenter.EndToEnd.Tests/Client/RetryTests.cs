using System.Diagnostics;
using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>Throttling, server errors and dropped connections: what is retried, how long it waits, which ids it sends.</summary>
public sealed class RetryTests
{
    [Fact]
    public async Task Throttled_call_waits_for_Retry_After_then_succeeds_with_the_same_request_id()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { ThrottleCount = 1, RetryAfterSeconds = 1 });
        // MaxDelay (50 ms in tests) caps backoff only: the 1 s Retry-After must still be honoured in full.
        await using var client = TestClients.Create(emulator);
        var stopwatch = Stopwatch.StartNew();

        var customer = await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);

        stopwatch.Stop();
        Assert.Equal(EmulatorSeed.DocumentedCustomerId, customer.Id);
        var requests = emulator.CustomerRequests();
        Assert.Equal([429, 200], requests.Select(request => request.StatusCode));
        Assert.Equal(requests[0].RequestId, requests[1].RequestId);
        Assert.Equal(requests[0].CorrelationId, requests[1].CorrelationId);
        // The wall clock that stamps requests and the timer that runs the delay can disagree by a few
        // milliseconds; 950 ms still tells a 1 s Retry-After wait apart from the 50 ms backoff.
        Assert.True(requests[1].Timestamp - requests[0].Timestamp >= TimeSpan.FromMilliseconds(950), $"the retry came {requests[1].Timestamp - requests[0].Timestamp} after the 429");
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1), $"the call took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Still_throttled_after_the_retries_is_a_429_with_Retry_After()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { ThrottleCount = 100, RetryAfterSeconds = 1 });
        await using var client = TestClients.Create(emulator, options => options.Resilience.MaxRetryAttempts = 1);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), failure.RetryAfter);
        Assert.Equal(2, failure.Attempts);
        Assert.StartsWith("Rate limit is exceeded", failure.ErrorDescription, StringComparison.Ordinal);
        Assert.Equal(2, emulator.CustomerRequests().Count);
    }

    [Fact]
    public async Task Throttling_longer_than_the_total_timeout_is_reported_without_waiting()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { ThrottleCount = 100, RetryAfterSeconds = 60 });
        await using var client = TestClients.Create(emulator);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), failure.RetryAfter);
        Assert.Single(emulator.CustomerRequests());
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_attempts_run_out()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = 500, FailureCount = 100 });
        await using var client = TestClients.Create(emulator, options => options.Resilience.MaxRetryAttempts = 2);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        var requests = emulator.CustomerRequests();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, request => Assert.Equal(500, request.StatusCode));
        Assert.Single(requests.Select(request => request.RequestId).Distinct());
        Assert.Equal(PartnerCenterFailureKind.ErrorResponse, failure.Kind);
        Assert.Equal(500, failure.StatusCode);
        Assert.Equal("500", failure.ErrorCode);
        Assert.Equal(3, failure.Attempts);
        Assert.Equal(requests[0].RequestId, failure.RequestId);
        Assert.Equal(requests[0].CorrelationId, failure.CorrelationId);
        Assert.Contains("after 3 attempts", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_503_is_retried_into_a_success()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = 503, FailureCount = 2 });
        await using var client = TestClients.Create(emulator);

        var customer = await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);

        Assert.Equal(EmulatorSeed.DocumentedCustomerId, customer.Id);
        Assert.Equal([503, 503, 200], emulator.CustomerRequests().Select(request => request.StatusCode));
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_with_the_same_request_id()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { DropConnectionCount = 1 });
        await using var client = TestClients.Create(emulator);

        var customer = await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);

        Assert.Equal(EmulatorSeed.DocumentedCustomerId, customer.Id);
        var requests = emulator.CustomerRequests();
        Assert.Equal([null, 200], requests.Select(request => request.StatusCode));
        Assert.Equal(requests[0].RequestId, requests[1].RequestId);
    }

    [Fact]
    public async Task Connections_that_always_drop_end_in_a_network_failure()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { DropConnection = true });
        await using var client = TestClients.Create(emulator, options => options.Resilience.MaxRetryAttempts = 2);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(PartnerCenterFailureKind.Network, failure.Kind);
        Assert.Null(failure.StatusCode);
        Assert.Equal(3, failure.Attempts);
        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.Equal(3, emulator.CustomerRequests().Count);
        Assert.Equal(emulator.CustomerRequests()[0].RequestId, failure.RequestId);
    }

    [Fact]
    public async Task Refused_connection_is_a_network_failure_naming_the_endpoint()
    {
        var closedPort = ClosedPort.Find();
        await using var client = PartnerCenterCustomersClient.Create(options =>
        {
            options.Endpoint = new Uri($"http://127.0.0.1:{closedPort}/");
            options.AccessToken = TestClients.SecretToken;
            options.Resilience = new PartnerCenterResilienceOptions { MaxRetryAttempts = 1, BaseDelay = TimeSpan.FromMilliseconds(10) };
        });

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(PartnerCenterFailureKind.Network, failure.Kind);
        Assert.Contains($"127.0.0.1:{closedPort}", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, failure.Attempts);
    }
}
