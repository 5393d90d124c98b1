using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary><c>DELETE /v1/customers/{id}</c>: only an integration sandbox account may delete customers.</summary>
public sealed class SandboxDeleteTests
{
    private static readonly string CustomerPath = PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId);

    [Fact]
    public async Task Outside_a_sandbox_deleting_is_403_with_code_900308_and_the_customer_stays()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.SendAsync(client, HttpMethod.Delete, CustomerPath);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.Forbidden, "900308");
        using var read = await PartnerCenterRequest.SendAsync(client, CustomerPath);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task In_a_sandbox_deleting_is_204_without_a_body_and_the_customer_is_gone_everywhere()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { IntegrationSandbox = true });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.SendAsync(client, HttpMethod.Delete, CustomerPath);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        foreach (var path in new[] { CustomerPath, CustomerPath + "/profiles/company", CustomerPath + "/profiles/billing", CustomerPath + "/qualifications" })
        {
            using var read = await PartnerCenterRequest.SendAsync(client, path);
            await ResponseAssert.PartnerCenterErrorAsync(read, HttpStatusCode.NotFound, "60003");
        }

        var ids = CustomerListing.Ids(await CustomerListing.AllPagesAsync(client, "v1/customers?size=100"));
        Assert.DoesNotContain(EmulatorSeed.DocumentedCustomerId, ids);
        Assert.Equal(EmulatorOptions.DefaultCustomerCount - 1, ids.Count);
    }

    [Fact]
    public async Task A_deleted_customers_domain_can_be_taken_again()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { IntegrationSandbox = true });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var deleted = await PartnerCenterWrite.SendAsync(client, HttpMethod.Delete, CustomerPath);

        var id = await NewCustomers.CreateAsync(client, "abcdefgh1234.onmicrosoft.com");

        Assert.NotEqual(EmulatorSeed.DocumentedCustomerId, id);
    }

    [Fact]
    public async Task Deleting_twice_or_an_unknown_customer_is_404()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { IntegrationSandbox = true });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var first = await PartnerCenterWrite.SendAsync(client, HttpMethod.Delete, CustomerPath);
        using var second = await PartnerCenterWrite.SendAsync(client, HttpMethod.Delete, CustomerPath);
        using var malformed = await PartnerCenterWrite.SendAsync(client, HttpMethod.Delete, PartnerCenterRequest.CustomerPath("x"));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        await ResponseAssert.PartnerCenterErrorAsync(second, HttpStatusCode.NotFound, "60003");
        await ResponseAssert.PartnerCenterErrorAsync(malformed, HttpStatusCode.BadRequest, "900118");
    }
}
