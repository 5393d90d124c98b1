using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

public sealed class ThrottlingTests
{
    [Fact]
    public async Task Requests_beyond_the_limit_for_one_tenant_are_429_with_retry_after_and_the_documented_body()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions
        {
            Throttling = new ThrottlingOptions { PermitLimit = 5, Window = TimeSpan.FromMinutes(1) },
        });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var path = PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId);

        for (var i = 0; i < 5; i++)
        {
            using var allowed = await PartnerCenterRequest.SendAsync(client, path);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var throttled = await PartnerCenterRequest.SendAsync(client, path + "/profiles/billing", DocumentedSample.RequestId);

        // The fixed window reports its full length: an upper bound of the wait.
        await ResponseAssert.ThrottledAsync(throttled, retryAfterSeconds: 60);
        Assert.Equal(DocumentedSample.RequestId, Assert.Single(throttled.Headers.GetValues("MS-RequestId")));
    }

    [Fact]
    public async Task Each_tenant_has_its_own_limit()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions
        {
            Throttling = new ThrottlingOptions { PermitLimit = 2 },
        });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 3; i++)
        {
            using var response = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
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
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions
        {
            Throttling = new ThrottlingOptions { PermitLimit = 1 },
        });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var path = PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId);

        for (var i = 0; i < 3; i++)
        {
            using var unauthenticated = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        }

        using var authenticated = await PartnerCenterRequest.SendAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, authenticated.StatusCode);
    }

    [Fact]
    public async Task The_limit_resets_when_the_window_ends()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions
        {
            // Long enough that a cold, loaded machine still sends both requests inside one window.
            Throttling = new ThrottlingOptions { PermitLimit = 1, Window = TimeSpan.FromSeconds(2) },
        });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var path = PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId);

        using var first = await PartnerCenterRequest.SendAsync(client, path);
        using var second = await PartnerCenterRequest.SendAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);

        // Poll instead of sleeping a fixed time: the limiter replenishes on its own timer.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            using var retry = await PartnerCenterRequest.SendAsync(client, path);
            status = retry.StatusCode;
        }
        while (status == HttpStatusCode.TooManyRequests && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_permit_limit_of_zero_turns_throttling_off()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions
        {
            Throttling = new ThrottlingOptions { PermitLimit = 0 },
        });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 20; i++)
        {
            using var response = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
