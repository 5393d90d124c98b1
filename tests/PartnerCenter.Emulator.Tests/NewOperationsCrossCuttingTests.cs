using System.Net;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>
/// What every Partner Center route had before the store grew (bearer check, correlation ids, the per-tenant limit,
/// injected faults, the request log) holds for the operations added with it.
/// </summary>
public sealed class NewOperationsCrossCuttingTests
{
    private static readonly string CustomerPath = PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId);

    public static TheoryData<string, string, string?> Operations => new()
    {
        { "GET", "v1/customers?size=10", null },
        { "POST", "v1/customers", NewCustomers.WithDomain("unauthenticated.onmicrosoft.com") },
        { "PATCH", CustomerPath, """{"relationshipToPartner":"none"}""" },
        { "DELETE", CustomerPath, null },
        { "PUT", CustomerPath + "/profiles/billing", Samples.Text("update-customer-billing-profile.request.camel-case.json") },
        { "GET", CustomerPath + "/qualifications", null },
        { "POST", CustomerPath + "/qualifications", """{"qualification":"StateOwnedEntity"}""" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_bearer_token_every_operation_is_401_and_changes_nothing(string method, string path, string? body)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { IntegrationSandbox = true });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var before = await SnapshotAsync(client);

        using var request = PartnerCenterWrite.Create(new HttpMethod(method), path, body, ifMatch: "*");
        request.Headers.Authorization = null;
        using var response = await client.SendAsync(request);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.Unauthorized, "800001");
        Assert.Equal(before, await SnapshotAsync(client));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_echoes_the_request_and_correlation_ids(string method, string path, string? body)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { IntegrationSandbox = true });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var request = PartnerCenterWrite.Create(new HttpMethod(method), path, body, ifMatch: "*");
        request.Headers.Add("MS-RequestId", DocumentedSample.RequestId);
        request.Headers.Add("MS-CorrelationId", DocumentedSample.CorrelationId);
        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
        Assert.Equal(DocumentedSample.RequestId, Assert.Single(response.Headers.GetValues("MS-RequestId")));
        Assert.Equal(DocumentedSample.CorrelationId, Assert.Single(response.Headers.GetValues("MS-CorrelationId")));
        var recorded = Assert.Single(emulator.Requests);
        Assert.Equal((method, (int?)(int)response.StatusCode), (recorded.Method, recorded.StatusCode));
    }

    [Fact]
    public async Task The_operations_on_one_customer_share_its_per_tenant_limit()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await PartnerCenterEmulator.StartAsync(
            new EmulatorOptions { Throttling = new ThrottlingOptions { PermitLimit = 3, Window = TimeSpan.FromMinutes(1) } }, clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var qualifications = await PartnerCenterRequest.SendAsync(client, CustomerPath + "/qualifications");
        using var billing = await PartnerCenterWrite.SendAsync(
            client, HttpMethod.Put, CustomerPath + "/profiles/billing", Samples.Text("update-customer-billing-profile.request.camel-case.json"), "*");
        using var patch = await PartnerCenterWrite.SendAsync(client, HttpMethod.Patch, CustomerPath, """{"relationshipToPartner":"none"}""");
        clock.Advance(TimeSpan.FromSeconds(15));
        using var throttled = await PartnerCenterWrite.SendAsync(client, HttpMethod.Post, CustomerPath + "/qualifications", """{"qualification":"StateOwnedEntity"}""");
        using var otherTenant = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(EmulatorSeed.CustomerWithoutDelegatedAccessId) + "/qualifications");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [qualifications.StatusCode, billing.StatusCode, patch.StatusCode]);
        await ResponseAssert.ThrottledAsync(throttled, retryAfterSeconds: 45);
        Assert.Equal(HttpStatusCode.OK, otherTenant.StatusCode);
    }

    [Fact]
    public async Task Listing_and_creating_have_no_tenant_to_throttle()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(
            new EmulatorOptions { Throttling = new ThrottlingOptions { PermitLimit = 1 } }, new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 3; i++)
        {
            using var list = await CustomerListing.SendAsync(client, "v1/customers?size=1");
            using var create = await PartnerCenterWrite.CreateCustomerAsync(client, NewCustomers.WithDomain($"unthrottled{i}.onmicrosoft.com"));
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        }
    }

    [Fact]
    public async Task Faults_scoped_to_a_customer_hit_its_new_operations_and_spare_others()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(
            new EmulatorOptions { Faults = new FaultOptions { FailureCount = 2, FailureStatusCode = 503, CustomerId = EmulatorSeed.DocumentedCustomerId } });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var list = await CustomerListing.SendAsync(client, "v1/customers?size=1");
        using var other = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(EmulatorSeed.CustomerWithoutDelegatedAccessId) + "/qualifications");
        using var faultedRead = await PartnerCenterRequest.SendAsync(client, CustomerPath + "/qualifications");
        using var faultedWrite = await PartnerCenterWrite.SendAsync(client, HttpMethod.Patch, CustomerPath, """{"relationshipToPartner":"none"}""");
        using var recovered = await PartnerCenterWrite.SendAsync(client, HttpMethod.Patch, CustomerPath, """{"relationshipToPartner":"none"}""");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        await ResponseAssert.PartnerCenterErrorAsync(faultedRead, HttpStatusCode.ServiceUnavailable, "503");
        await ResponseAssert.PartnerCenterErrorAsync(faultedWrite, HttpStatusCode.ServiceUnavailable, "503");
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task The_request_log_holds_a_next_page_request_with_its_query_and_token_but_no_credentials()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var (uri, token) = CustomerListing.Next(await CustomerListing.PageAsync(client, "v1/customers?size=100"))!.Value;
        emulator.ClearRequests();

        using var response = await CustomerListing.SendAsync(client, uri, token);

        var recorded = Assert.Single(emulator.Requests);
        Assert.Equal(("/v1/customers", "?size=100&seekOperation=Next"), (recorded.Path, recorded.QueryString));
        Assert.Equal(token, recorded.Headers["MS-ContinuationToken"]);
        Assert.False(recorded.Headers.ContainsKey("Authorization"));
    }

    // What the store holds, as the list shows it: ids with relationships, and the billing profile and qualifications of the customer the operations touch.
    private static async Task<string> SnapshotAsync(HttpClient client)
    {
        var pages = await CustomerListing.AllPagesAsync(client, "v1/customers?size=500");
        var billing = await BillingProfiles.ReadAsync(client, EmulatorSeed.DocumentedCustomerId);
        using var qualifications = await PartnerCenterRequest.SendAsync(client, CustomerPath + "/qualifications");
        return string.Join('\n', pages.SelectMany(CustomerListing.Items).Select(item => item.ToJsonString()))
            + billing.ToJsonString() + await qualifications.Content.ReadAsStringAsync();
    }
}
