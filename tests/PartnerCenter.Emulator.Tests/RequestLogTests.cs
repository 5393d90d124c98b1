using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Records_what_the_client_sent_without_the_token()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 15, 9, 26, TimeSpan.Zero));
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions(), clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var request = PartnerCenterRequest.Get(
            PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId) + "?x=1",
            DocumentedSample.RequestId,
            DocumentedSample.CorrelationId);
        request.Headers.Add("X-Locale", "en-US");
        using var response = await client.SendAsync(request);

        var recorded = Assert.Single(emulator.Requests);
        Assert.Equal("GET", recorded.Method);
        Assert.Equal("/v1/customers/" + EmulatorSeed.DocumentedCustomerId, recorded.Path);
        Assert.Equal("?x=1", recorded.QueryString);
        Assert.Equal(DocumentedSample.RequestId, recorded.RequestId);
        Assert.Equal(DocumentedSample.CorrelationId, recorded.CorrelationId);
        Assert.True(recorded.HasAuthorization);
        Assert.Equal(200, recorded.StatusCode);
        Assert.Equal("en-US", recorded.Headers["X-Locale"]);
        Assert.False(recorded.Headers.ContainsKey("Authorization"));
        // The emulator's clock, not the machine's.
        Assert.Equal(clock.GetUtcNow(), recorded.Timestamp);

        var logJson = await client.GetStringAsync("emulator/requests");
        Assert.DoesNotContain(PartnerCenterRequest.Token, logJson);
    }

    [Fact]
    public async Task The_http_endpoint_lists_the_same_requests_in_camel_case()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var unauthenticated = await client.GetAsync(PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));

        using var response = await client.GetAsync("emulator/requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.IsType<JsonObject>(Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray()));
        Assert.Equal("/v1/customers/" + EmulatorSeed.DocumentedCustomerId, entry["path"]!.GetValue<string>());
        Assert.Null(entry["requestId"]);
        Assert.Null(entry["correlationId"]);
        Assert.False(entry["hasAuthorization"]!.GetValue<bool>());
        Assert.Equal(401, entry["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Clearing_forgets_earlier_requests()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var first = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));

        emulator.ClearRequests();
        Assert.Empty(emulator.Requests);

        using var second = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
        using var delete = await client.DeleteAsync("emulator/requests");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task Keeps_only_the_most_recent_requests_up_to_the_capacity()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { RequestLogCapacity = 3 });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        for (var i = 0; i < 5; i++)
        {
            using var response = await PartnerCenterRequest.SendAsync(
                client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId), requestId: RequestId(i));
        }

        Assert.Equal([RequestId(2), RequestId(3), RequestId(4)], emulator.Requests.Select(request => request.RequestId));
    }

    private static string RequestId(int index) => new Guid(index, 0, 0, new byte[8]).ToString();
}
