using System.Net;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>
/// The per-tenant fixed window, on a fake clock: windows open, run out and end exactly when the test advances
/// the emulator's clock, however slow the machine is.
/// </summary>
public sealed class ThrottlingTests
{
    private static readonly string DocumentedCustomerPath = PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId);

    [Fact]
    public async Task Requests_beyond_the_limit_for_one_tenant_are_429_with_retry_after_and_the_documented_body()
    {
        await using var emulator = await StartAsync(new ThrottlingOptions { PermitLimit = 5, Window = TimeSpan.FromMinutes(1) }, new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 5; i++)
        {
            using var allowed = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var throttled = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath + "/profiles/billing", DocumentedSample.RequestId);

        // No time has passed on the emulator's clock: the whole window is left.
        await ResponseAssert.ThrottledAsync(throttled, retryAfterSeconds: 60);
        Assert.Equal(DocumentedSample.RequestId, Assert.Single(throttled.Headers.GetValues("MS-RequestId")));
    }

    [Theory]
    [InlineData(8_000, 12)]
    [InlineData(8_500, 12)] // 11.5 s left: rounded up, so a client that waits it out is in the next window
    [InlineData(19_900, 1)] // 0.1 s left: never less than one second
    public async Task Retry_after_is_the_time_left_in_the_tenants_window_rounded_up_to_whole_seconds(int elapsedMilliseconds, int retryAfterSeconds)
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await StartAsync(new ThrottlingOptions { PermitLimit = 1, Window = TimeSpan.FromSeconds(20) }, clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var first = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        clock.Advance(TimeSpan.FromMilliseconds(elapsedMilliseconds));
        using var throttled = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ResponseAssert.ThrottledAsync(throttled, retryAfterSeconds);
    }

    [Fact]
    public async Task Each_tenants_window_starts_with_its_own_first_request()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await StartAsync(new ThrottlingOptions { PermitLimit = 1, Window = TimeSpan.FromSeconds(20) }, clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var otherTenantPath = PartnerCenterRequest.CustomerPath(EmulatorSeed.CustomerWithoutDelegatedAccessId);

        using var first = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        clock.Advance(TimeSpan.FromSeconds(10));
        using var otherFirst = await PartnerCenterRequest.SendAsync(client, otherTenantPath);
        clock.Advance(TimeSpan.FromSeconds(5));
        using var throttled = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        using var otherThrottled = await PartnerCenterRequest.SendAsync(client, otherTenantPath);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [first.StatusCode, otherFirst.StatusCode]);
        await ResponseAssert.ThrottledAsync(throttled, retryAfterSeconds: 5);
        await ResponseAssert.ThrottledAsync(otherThrottled, retryAfterSeconds: 15);
    }

    [Fact]
    public async Task Each_tenant_has_its_own_limit()
    {
        await using var emulator = await StartAsync(new ThrottlingOptions { PermitLimit = 2 }, new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 3; i++)
        {
            using var response = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        }

        // The same tenant in another spelling shares the first tenant's partition.
        using var sameTenant = await PartnerCenterRequest.SendAsync(
            client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId.ToUpperInvariant()));
        using var otherTenant = await PartnerCenterRequest.SendAsync(
            client, PartnerCenterRequest.CustomerPath(EmulatorSeed.CustomerWithoutDelegatedAccessId));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameTenant.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherTenant.StatusCode);
    }

    [Fact]
    public async Task Unauthenticated_requests_do_not_use_up_the_tenants_limit()
    {
        await using var emulator = await StartAsync(new ThrottlingOptions { PermitLimit = 1 }, new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 3; i++)
        {
            using var unauthenticated = await client.GetAsync(DocumentedCustomerPath);
            Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        }

        using var authenticated = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        Assert.Equal(HttpStatusCode.OK, authenticated.StatusCode);
    }

    [Fact]
    public async Task The_limit_resets_exactly_when_the_window_ends()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await StartAsync(new ThrottlingOptions { PermitLimit = 1, Window = TimeSpan.FromSeconds(2) }, clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var first = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        using var second = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        using var lastMomentOfTheWindow = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
        clock.Advance(TimeSpan.FromTicks(1));
        using var nextWindow = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        await ResponseAssert.ThrottledAsync(lastMomentOfTheWindow, retryAfterSeconds: 1);
        Assert.Equal(HttpStatusCode.OK, nextWindow.StatusCode);
    }

    [Fact]
    public async Task A_permit_limit_of_zero_turns_throttling_off()
    {
        await using var emulator = await StartAsync(new ThrottlingOptions { PermitLimit = 0 }, new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 20; i++)
        {
            using var response = await PartnerCenterRequest.SendAsync(client, DocumentedCustomerPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Task<PartnerCenterEmulator> StartAsync(ThrottlingOptions throttling, TimeProvider clock) =>
        PartnerCenterEmulator.StartAsync(new EmulatorOptions { Throttling = throttling }, clock);
}
