using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

public sealed class FaultInjectionTests
{
    private static readonly string DocumentedCustomerPath = PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId);

    [Fact]
    public async Task Latency_holds_the_response_until_the_emulator_clock_has_advanced_by_it()
    {
        var clock = new FakeTimeProvider();
        var arrival = clock.GetUtcNow();
        await using var emulator = await StartAsync(new FaultOptions { LatencyMilliseconds = 300 }, clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        var response = PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        await ServerEvents.HeldAsync(emulator);
        clock.Advance(TimeSpan.FromMilliseconds(299));

        // However much real time has passed, the emulator's clock is a millisecond short: nothing is answered.
        Assert.False(response.IsCompleted);
        Assert.Empty(emulator.Requests);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var answered = await response;
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(arrival, Assert.Single(emulator.Requests).Timestamp);
    }

    [Fact]
    public async Task A_client_that_gives_up_during_the_latency_gets_no_response_and_the_request_is_recorded_unanswered()
    {
        // The clock never moves: the emulator holds the request until the client goes away.
        await using var emulator = await StartAsync(new FaultOptions { LatencyMilliseconds = 5_000 }, new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var giveUp = new CancellationTokenSource();

        var response = PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath, giveUp.Token);
        await ServerEvents.HeldAsync(emulator);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => response);
        var recorded = Assert.Single(await ServerEvents.RecordedAsync(emulator, 1));
        Assert.Null(recorded.StatusCode);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task The_first_failures_have_the_configured_status_then_the_emulator_behaves(int statusCode)
    {
        await using var emulator = await StartAsync(new FaultOptions { FailureStatusCode = statusCode, FailureCount = 2 });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 2; i++)
        {
            using var failed = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath, DocumentedSample.RequestId);
            await ResponseAssert.PartnerCenterErrorAsync(failed, (HttpStatusCode)statusCode, statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(DocumentedSample.RequestId, Assert.Single(failed.Headers.GetValues("MS-RequestId")));
        }

        using var recovered = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task The_first_requests_are_throttled_with_the_configured_retry_after_then_the_emulator_behaves()
    {
        await using var emulator = await StartAsync(new FaultOptions { ThrottleCount = 1, RetryAfterSeconds = 7 });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var throttled = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        await ResponseAssert.ThrottledAsync(throttled, retryAfterSeconds: 7);

        using var recovered = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task Malformed_body_is_a_200_whose_json_cannot_be_parsed()
    {
        await using var emulator = await StartAsync(new FaultOptions { MalformedBody = true });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.NotEmpty(body);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body).Dispose());
    }

    [Fact]
    public async Task Drop_connection_aborts_without_a_response()
    {
        await using var emulator = await StartAsync(new FaultOptions { DropConnection = true });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        await Assert.ThrowsAsync<HttpRequestException>(() => PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath));

        // The emulator records a dropped request before it drops the connection, so the client, which learns of
        // the drop only from the server, always finds it in the log (it used to be recorded after the abort).
        var recorded = Assert.Single(emulator.Requests);
        Assert.Null(recorded.StatusCode);
    }

    [Fact]
    public async Task Dropping_the_first_connection_lets_a_retry_with_the_same_request_id_succeed()
    {
        await using var emulator = await StartAsync(new FaultOptions { DropConnectionCount = 1 });
        // A fresh client: SocketsHttpHandler silently retries a request that failed on a reused pooled
        // connection, which would hide the drop.
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath, DocumentedSample.RequestId));
        using var retried = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath, DocumentedSample.RequestId);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        // Each request is in the log before its client learns the outcome, so the order is the clients' order.
        Assert.Collection(
            emulator.Requests,
            dropped => Assert.Equal((DocumentedSample.RequestId, (int?)null), (dropped.RequestId, dropped.StatusCode)),
            answered => Assert.Equal((DocumentedSample.RequestId, (int?)200), (answered.RequestId, answered.StatusCode)));
    }

    [Fact]
    public async Task The_emulator_request_log_is_never_faulted()
    {
        await using var emulator = await StartAsync(new FaultOptions { DropConnection = true, FailureCount = 10, PathPrefix = "" });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await client.GetAsync("emulator/requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Faults_can_be_scoped_to_one_customer()
    {
        await using var emulator = await StartAsync(new FaultOptions { FailureCount = 10, CustomerId = EmulatorSeed.DocumentedCustomerId });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var other = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(EmulatorSeed.CustomerWithoutDelegatedAccessId));
        using var scoped = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, scoped.StatusCode);
    }

    [Fact]
    public async Task Faults_can_be_scoped_to_a_path_prefix()
    {
        await using var emulator = await StartAsync(new FaultOptions
        {
            FailureCount = 10,
            PathPrefix = $"/v1/customers/{EmulatorSeed.DocumentedCustomerId}/profiles",
        });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var customer = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        using var profile = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath + "/profiles/company");

        Assert.Equal(HttpStatusCode.OK, customer.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, profile.StatusCode);
    }

    [Fact]
    public async Task Exactly_the_configured_number_of_concurrent_requests_fail()
    {
        await using var emulator = await StartAsync(new FaultOptions { FailureCount = 10 });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath)));
        try
        {
            Assert.Equal(10, responses.Count(response => response.StatusCode == HttpStatusCode.ServiceUnavailable));
            Assert.Equal(30, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Faults_are_off_by_default()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 5; i++)
        {
            using var response = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Task<PartnerCenterEmulator> StartAsync(FaultOptions faults, TimeProvider? clock = null) =>
        PartnerCenterEmulator.StartAsync(new EmulatorOptions { Faults = faults }, clock ?? TimeProvider.System);
}
