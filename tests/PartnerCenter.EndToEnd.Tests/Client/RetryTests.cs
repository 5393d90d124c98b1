using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Testing;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>
/// Throttling, server errors and dropped connections: what is retried, how long it waits, which ids it sends. The
/// client runs on a <see cref="TestClock"/>: waits are observed and passed on it, never slept through.
/// </summary>
public sealed class RetryTests
{
    private const string ThrottledBody = """{"statusCode":429,"message":"Rate limit is exceeded. Try again in 1 seconds."}""";
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMilliseconds(50);

    // Jittered backoffs (at most MaxDelay, 50 ms in tests, and sometimes zero, with no timer at all) pass as soon as
    // they are scheduled: these tests are about what is retried, not how long the backoff is.
    private static TestClock BackoffsSkipped() => new() { SkipWaitsUpTo = LongestBackoff };

    [Fact]
    public async Task Throttled_call_waits_exactly_Retry_After_then_succeeds_with_the_same_request_id()
    {
        await using var server = FaultServer.Start((request, connection) => request.Number == 1
            ? Answers.WriteAsync(connection, "429 Too Many Requests", ThrottledBody, "Retry-After: 1")
            : Answers.WriteAsync(connection, "200 OK", Answers.DocumentedCustomerJson));
        var clock = new TestClock();
        // MaxDelay (50 ms in tests) caps backoff only: the 1 s Retry-After must still be honoured in full.
        await using var client = TestClients.Create(server, clock: clock);

        var call = client.Customers.GetCustomerByIdAsync(Guid.NewGuid());
        await server.RequestAsync(1);
        await clock.ScheduledBeforeEndAsync(wait => wait == TimeSpan.FromSeconds(1), call, "the 1 s Retry-After wait");
        // While the client waits, nothing is sent: the retry needs the clock to move the full second.
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Single(server.Requests);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var customer = await call;

        Assert.Equal("aaaabbbb-0000-cccc-1111-dddd2222eeee", customer.Id);
        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Header("MS-RequestId"), requests[1].Header("MS-RequestId"));
        Assert.Equal(requests[0].Header("MS-CorrelationId"), requests[1].Header("MS-CorrelationId"));
    }

    [Fact]
    public async Task Still_throttled_after_the_retries_is_a_429_with_Retry_After()
    {
        await using var server = FaultServer.Start(Answers.Always("429 Too Many Requests", ThrottledBody, "Retry-After: 1"));
        var clock = new TestClock();
        await using var client = TestClients.Create(server, options => options.Resilience.MaxRetryAttempts = 1, clock: clock);

        var call = client.Customers.GetCustomerByIdAsync(Guid.NewGuid());
        await clock.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1), call);
        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => call);

        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), failure.RetryAfter);
        Assert.Equal(2, failure.Attempts);
        Assert.StartsWith("Rate limit is exceeded", failure.ErrorDescription, StringComparison.Ordinal);
        Assert.Contains("retry after 1 s.", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_attempts_run_out()
    {
        await using var server = FaultServer.Start(Answers.Always("500 Internal Server Error", """{"code":"500","description":"Injected."}"""));
        await using var client = TestClients.Create(server, options => options.Resilience.MaxRetryAttempts = 2, clock: BackoffsSkipped());

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        var requests = server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Single(requests.Select(request => request.Header("MS-RequestId")).Distinct());
        Assert.Equal(PartnerCenterFailureKind.ErrorResponse, failure.Kind);
        Assert.Equal(500, failure.StatusCode);
        Assert.Equal("500", failure.ErrorCode);
        Assert.Equal(3, failure.Attempts);
        Assert.Equal(requests[0].Header("MS-RequestId"), failure.RequestId);
        Assert.Equal(requests[0].Header("MS-CorrelationId"), failure.CorrelationId);
        Assert.Contains("after 3 attempts", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_503_is_retried_into_a_success()
    {
        await using var server = FaultServer.Start((request, connection) => request.Number <= 2
            ? Answers.WriteAsync(connection, "503 Service Unavailable", """{"code":"503","description":"Injected."}""")
            : Answers.WriteAsync(connection, "200 OK", Answers.DocumentedCustomerJson));
        await using var client = TestClients.Create(server, clock: BackoffsSkipped());

        var customer = await client.Customers.GetCustomerByIdAsync(Guid.NewGuid());

        Assert.Equal("aaaabbbb-0000-cccc-1111-dddd2222eeee", customer.Id);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_with_the_same_request_id()
    {
        // The first connection is reset without a byte of answer.
        await using var server = FaultServer.Start((request, connection) => request.Number == 1
            ? connection.ResetAsync()
            : Answers.WriteAsync(connection, "200 OK", Answers.DocumentedCustomerJson));
        await using var client = TestClients.Create(server, clock: BackoffsSkipped());

        var customer = await client.Customers.GetCustomerByIdAsync(Guid.NewGuid());

        AssertReadOnTheSecondAttemptWithTheSameRequestId(customer, server);
    }

    [Fact]
    public async Task A_connection_that_breaks_in_the_middle_of_the_body_is_retried_with_the_same_request_id()
    {
        // The first answer declares the whole customer, sends half of it and resets the connection.
        var customer = System.Text.Encoding.UTF8.GetBytes(Answers.DocumentedCustomerJson);
        await using var server = FaultServer.Start(async (request, connection) =>
        {
            if (request.Number == 1)
            {
                await connection.WriteAsync(Answers.Head("200 OK", customer.Length));
                await connection.WriteAsync(customer.AsMemory(0, customer.Length / 2));
                await connection.ResetAsync();
                return;
            }

            await Answers.WriteAsync(connection, "200 OK", Answers.DocumentedCustomerJson);
        });
        await using var client = TestClients.Create(server, clock: BackoffsSkipped());

        var read = await client.Customers.GetCustomerByIdAsync(Guid.NewGuid());

        AssertReadOnTheSecondAttemptWithTheSameRequestId(read, server);
    }

    [Fact]
    public async Task Connections_that_always_drop_end_in_a_network_failure()
    {
        await using var server = FaultServer.Start((_, connection) => connection.ResetAsync());
        await using var client = TestClients.Create(server, options => options.Resilience.MaxRetryAttempts = 2, clock: BackoffsSkipped());

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(PartnerCenterFailureKind.Network, failure.Kind);
        Assert.Null(failure.StatusCode);
        Assert.Equal(3, failure.Attempts);
        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(server.Requests[0].Header("MS-RequestId"), failure.RequestId);
    }

    [Fact]
    public async Task Refused_connection_is_a_network_failure_naming_the_endpoint()
    {
        var closedPort = ClosedPort.Find();
        await using var client = TestClients.Create(
            new Uri($"http://127.0.0.1:{closedPort}/"),
            options => options.Resilience.MaxRetryAttempts = 1,
            clock: BackoffsSkipped());

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(PartnerCenterFailureKind.Network, failure.Kind);
        Assert.Contains($"127.0.0.1:{closedPort}", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, failure.Attempts);
    }

    /// <summary>The documented customer was read, on a second request that carried the first one's MS-RequestId.</summary>
    private static void AssertReadOnTheSecondAttemptWithTheSameRequestId(Customer customer, FaultServer server)
    {
        Assert.Equal("aaaabbbb-0000-cccc-1111-dddd2222eeee", customer.Id);
        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Header("MS-RequestId"), requests[1].Header("MS-RequestId"));
    }
}
