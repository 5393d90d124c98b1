using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Testing;
using Polly.Timeout;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>
/// Unanswered requests hit the attempt timeout, the total timeout bounds the call, and the caller's token cancels
/// at once. The server never answers and the client's clock moves only when the test moves it, once the server has
/// seen the request: nothing depends on how fast the machine is.
/// </summary>
public sealed class TimeoutAndCancellationTests
{
    // Backoffs (at most MaxDelay, 50 ms in tests) pass as soon as they are scheduled; timeouts are moved explicitly.
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task Unanswered_attempts_time_out_one_by_one_and_the_call_ends_in_a_timeout()
    {
        var attemptTimeout = TimeSpan.FromMilliseconds(500);
        await using var server = FaultServer.Start(Answers.Never);
        var clock = new TestClock { SkipWaitsUpTo = LongestBackoff };
        await using var client = TestClients.Create(
            server,
            options =>
            {
                options.Resilience.AttemptTimeout = attemptTimeout;
                options.Resilience.MaxRetryAttempts = 1;
            },
            clock: clock);

        var call = client.Customers.GetCustomerByIdAsync(Guid.NewGuid());
        await server.RequestAsync(1);
        // The backoff passes by itself; the next attempt is awaited at the server.
        await clock.AdvanceWhenScheduledAsync(attemptTimeout, call);
        await server.RequestAsync(2);
        await clock.AdvanceWhenScheduledAsync(attemptTimeout, call);
        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => call);

        Assert.Equal(PartnerCenterFailureKind.Timeout, failure.Kind);
        Assert.IsType<TimeoutRejectedException>(failure.InnerException);
        Assert.Equal(2, failure.Attempts);
        Assert.Contains("500 ms timeout", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
        Assert.Single(server.Requests.Select(request => request.Header("MS-RequestId")).Distinct());
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_whole_call()
    {
        await using var server = FaultServer.Start(Answers.Never);
        var clock = new TestClock { SkipWaitsUpTo = LongestBackoff };
        await using var client = TestClients.Create(
            server,
            options =>
            {
                options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
                options.Resilience.TotalTimeout = TimeSpan.FromSeconds(15);
                options.Resilience.MaxRetryAttempts = 10;
            },
            clock: clock);

        var call = client.Customers.GetCustomerByIdAsync(Guid.NewGuid());
        await server.RequestAsync(1);
        await clock.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(10), call);
        await server.RequestAsync(2);
        // 10 s and a backoff have passed: 5 s more reach the 15 s total while the second attempt still has time.
        clock.Advance(TimeSpan.FromSeconds(5));
        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => call);

        Assert.Equal(PartnerCenterFailureKind.Timeout, failure.Kind);
        Assert.Contains("15 s timeout", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, failure.Attempts);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Cancelling_the_token_stops_a_pending_call_with_OperationCanceledException()
    {
        await using var server = FaultServer.Start(Answers.Never);
        // The clock never moves: no timeout can end the call, only the cancellation.
        await using var client = TestClients.Create(server, clock: new TestClock());
        using var cancellation = new CancellationTokenSource();

        var call = client.Customers.GetCustomerByIdAsync(Guid.NewGuid(), cancellationToken: cancellation.Token);
        await server.RequestAsync(1);
        await cancellation.CancelAsync();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Cancelling_during_a_Retry_After_wait_stops_the_wait()
    {
        await using var server = FaultServer.Start(Answers.Always("429 Too Many Requests", """{"statusCode":429,"message":"Rate limit is exceeded."}""", "Retry-After: 20"));
        var clock = new TestClock();
        await using var client = TestClients.Create(server, clock: clock);
        using var cancellation = new CancellationTokenSource();

        var call = client.Customers.GetCustomerByIdAsync(Guid.NewGuid(), cancellationToken: cancellation.Token);
        // Cancel once the client is in its 20 s Retry-After wait; the clock never moves, so only cancellation ends it.
        await clock.ScheduledBeforeEndAsync(wait => wait == TimeSpan.FromSeconds(20), call, "the 20 s Retry-After wait");
        await cancellation.CancelAsync();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.Single(server.Requests);
    }
}
