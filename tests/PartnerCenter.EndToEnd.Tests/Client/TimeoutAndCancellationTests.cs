using System.Diagnostics;
using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;
using Polly.Timeout;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>Slow answers hit the attempt timeout; the caller's token cancels at once.</summary>
public sealed class TimeoutAndCancellationTests
{
    [Fact]
    public async Task Slow_answers_time_out_per_attempt_and_the_call_ends_in_a_timeout()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { LatencyMilliseconds = 5_000 });
        await using var client = TestClients.Create(emulator, options =>
        {
            options.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(500);
            options.Resilience.MaxRetryAttempts = 1;
        });

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(PartnerCenterFailureKind.Timeout, failure.Kind);
        Assert.IsType<TimeoutRejectedException>(failure.InnerException);
        Assert.Equal(2, failure.Attempts);
        Assert.Contains("500 ms timeout", failure.Message, StringComparison.Ordinal);
        // Every attempt that reached the server was abandoned: no status was ever written. On a cold,
        // loaded machine the second attempt can time out while still connecting, so the server may
        // have seen one request or two; the client-side attempt count above is the exact check.
        await WaitForRequestsAsync(emulator, 1);
        Assert.InRange(emulator.CustomerRequests().Count, 1, 2);
        Assert.All(emulator.CustomerRequests(), request => Assert.Null(request.StatusCode));
        Assert.Single(emulator.CustomerRequests().Select(request => request.RequestId).Distinct());
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_whole_call()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { LatencyMilliseconds = 5_000 });
        await using var client = TestClients.Create(emulator, options =>
        {
            options.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            options.Resilience.TotalTimeout = TimeSpan.FromMilliseconds(400);
            options.Resilience.MaxRetryAttempts = 10;
        });

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(PartnerCenterFailureKind.Timeout, failure.Kind);
        Assert.Contains("400 ms timeout", failure.Message, StringComparison.Ordinal);
        Assert.InRange(failure.Attempts ?? 0, 1, 2);
    }

    [Fact]
    public async Task Cancelling_the_token_stops_a_pending_call_with_OperationCanceledException()
    {
        // The emulator would answer after a minute: a call that ends well before that was cancelled, not answered.
        await using var emulator = await Emulators.StartAsync(new FaultOptions { LatencyMilliseconds = 60_000 });
        await using var client = TestClients.Create(emulator, options =>
        {
            options.Resilience.AttemptTimeout = TimeSpan.FromMinutes(2);
            options.Resilience.TotalTimeout = TimeSpan.FromMinutes(2);
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId, cancellationToken: cancellation.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"cancellation took {stopwatch.Elapsed}");
        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task Cancelling_during_a_Retry_After_wait_stops_the_wait()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { ThrottleCount = 100, RetryAfterSeconds = 20 });
        await using var client = TestClients.Create(emulator);
        using var cancellation = new CancellationTokenSource();

        var call = client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId, cancellationToken: cancellation.Token);

        // Cancel once the 429 has been answered, so the client is in its 20 s Retry-After wait
        // (a fixed delay would race the first request on a cold, loaded machine).
        await WaitForRequestsAsync(emulator, 1);
        Assert.Equal(429, emulator.CustomerRequests()[0].StatusCode);
        var stopwatch = Stopwatch.StartNew();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"cancellation took {stopwatch.Elapsed}");
        Assert.Single(emulator.CustomerRequests());
    }

    // The emulator records an abandoned request once it notices the disconnect, which can trail the client.
    private static async Task WaitForRequestsAsync(PartnerCenterEmulator emulator, int count)
    {
        for (var i = 0; i < 100 && emulator.CustomerRequests().Count < count; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(emulator.CustomerRequests().Count >= count, $"the emulator saw {emulator.CustomerRequests().Count} requests, expected at least {count}");
    }
}
