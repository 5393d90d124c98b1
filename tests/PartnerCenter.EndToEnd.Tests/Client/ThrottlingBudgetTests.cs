using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Testing;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>
/// Throttling that outlasts the call's time budget is reported as throttling, as soon as the next Retry-After wait
/// would pass what is left of the total timeout, not as a timeout once the budget has run out.
/// </summary>
public sealed class ThrottlingBudgetTests
{
    private const string ThrottledBody = """{"statusCode":429,"message":"Rate limit is exceeded. Try again in 50 seconds."}""";
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(50);

    [Fact]
    public async Task Throttling_longer_than_the_time_left_ends_as_a_429_when_the_next_wait_would_pass_the_budget()
    {
        await using var server = FaultServer.Start(Answers.Always("429 Too Many Requests", ThrottledBody, "Retry-After: 50"));
        var clock = new TestClock();
        await using var client = TestClients.Create(
            server,
            options => options.Resilience = new PartnerCenterResilienceOptions
            {
                MaxRetryAttempts = 4,
                AttemptTimeout = TimeSpan.FromSeconds(30),
                TotalTimeout = TimeSpan.FromSeconds(120),
            },
            clock: clock);
        var started = clock.GetUtcNow();

        var call = client.Customers.GetCustomerByIdAsync(Guid.NewGuid());

        // Two 50 s waits fit in the 120 s budget (attempts at 0, 50 and 100 s); a third would end at 150 s.
        await clock.AdvanceWhenScheduledAsync(RetryAfter, call);
        await clock.AdvanceWhenScheduledAsync(RetryAfter, call);
        var thirdWait = clock.NextWaitAsync(wait => wait == RetryAfter);
        Assert.True(await Task.WhenAny(call, thirdWait) == call, "the client started a third 50 s wait, which would end past its 120 s budget");

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => call);
        Assert.Equal(PartnerCenterFailureKind.ErrorResponse, failure.Kind);
        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(RetryAfter, failure.RetryAfter);
        Assert.Equal(3, failure.Attempts);
        Assert.StartsWith("Rate limit is exceeded", failure.ErrorDescription, StringComparison.Ordinal);
        Assert.Contains("longer than the 20 s left of the call's total timeout", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests.Count);
        Assert.Single(server.Requests.Select(request => request.Header("MS-RequestId")).Distinct());
        // Reported at 100 s, the moment the third 429 arrived: no time passed waiting for a timeout.
        Assert.Equal(TimeSpan.FromSeconds(100), clock.GetUtcNow() - started);
    }

    [Fact]
    public async Task A_wait_longer_than_the_whole_budget_is_reported_at_the_first_answer()
    {
        await using var server = FaultServer.Start(Answers.Always("429 Too Many Requests", ThrottledBody, "Retry-After: 50"));
        var clock = new TestClock();
        await using var client = TestClients.Create(
            server,
            options => options.Resilience.TotalTimeout = TimeSpan.FromSeconds(30),
            clock: clock);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(1, failure.Attempts);
        Assert.Single(server.Requests);
        Assert.DoesNotContain(RetryAfter, clock.ScheduledWaits);
    }
}
