using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Emulator.Throttling;

namespace PartnerCenter.Emulator.Tests;

/// <summary>The per-tenant window on its own, for what the HTTP tests cannot see: idleness and statistics.</summary>
public sealed class TenantFixedWindowLimiterTests
{
    private static readonly ThrottlingOptions TwoPerTenSeconds = new() { PermitLimit = 2, Window = TimeSpan.FromSeconds(10) };

    [Fact]
    public void A_partition_is_idle_only_once_its_window_has_closed()
    {
        // ASP.NET Core drops partitions idle for a while; dropping one with an open window would reset its count.
        var clock = new FakeTimeProvider();
        using var limiter = new TenantFixedWindowLimiter(TwoPerTenSeconds, clock);
        Assert.Equal(TimeSpan.Zero, limiter.IdleDuration);

        using var lease = limiter.AttemptAcquire();
        clock.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1));
        Assert.Null(limiter.IdleDuration);

        clock.Advance(TimeSpan.FromSeconds(3) + TimeSpan.FromTicks(1));
        Assert.Equal(TimeSpan.FromSeconds(3), limiter.IdleDuration);
    }

    [Fact]
    public async Task Waiting_for_a_permit_answers_at_once_as_nothing_is_queued()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new TenantFixedWindowLimiter(TwoPerTenSeconds, clock);
        using var first = limiter.AttemptAcquire();
        clock.Advance(TimeSpan.FromSeconds(4));

        using var second = await limiter.AcquireAsync();
        using var rejected = await limiter.AcquireAsync();

        Assert.True(first.IsAcquired);
        Assert.True(second.IsAcquired);
        Assert.False(rejected.IsAcquired);
        Assert.True(rejected.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(6), retryAfter);
    }

    [Fact]
    public void Statistics_count_the_leases_and_the_permits_left_in_the_window()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new TenantFixedWindowLimiter(TwoPerTenSeconds, clock);

        for (var i = 0; i < 3; i++)
        {
            using var lease = limiter.AttemptAcquire();
        }

        var statistics = limiter.GetStatistics()!;
        Assert.Equal((0, 2, 1), (statistics.CurrentAvailablePermits, statistics.TotalSuccessfulLeases, statistics.TotalFailedLeases));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, limiter.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public void Asking_for_more_permits_than_a_window_holds_is_an_error()
    {
        using var limiter = new TenantFixedWindowLimiter(TwoPerTenSeconds, new FakeTimeProvider());

        Assert.Throws<ArgumentOutOfRangeException>(() => limiter.AttemptAcquire(3));
    }
}
