using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary><c>PATCH /v1/customers/{id}</c> with <c>relationshipToPartner</c> <c>none</c>.</summary>
public sealed class RemoveResellerRelationshipTests
{
    private static readonly string CustomerPath = PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId);

    [Fact]
    public async Task The_documented_request_is_answered_with_the_documented_body_and_the_customer_has_no_relationship()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.SendAsync(client, HttpMethod.Patch, CustomerPath, Samples.Text("remove-reseller-relationship.request.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Samples.AssertSameJson(Samples.Json("remove-reseller-relationship.response.camel-case.json"), await ResponseAssert.JsonBodyAsync(response));
        using var read = await PartnerCenterRequest.SendAsync(client, CustomerPath);
        Assert.Equal("none", (await ResponseAssert.JsonBodyAsync(read))["relationshipToPartner"]!.GetValue<string>());
        var listed = CustomerListing.Items(await CustomerListing.PageAsync(client, "v1/customers?size=1")).Single();
        Assert.Equal("none", listed["relationshipToPartner"]!.GetValue<string>());
    }

    [Fact]
    public async Task Removing_it_again_answers_the_same()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var body = Samples.Text("remove-reseller-relationship.request.json");

        using var first = await PartnerCenterWrite.SendAsync(client, HttpMethod.Patch, CustomerPath, body);
        using var second = await PartnerCenterWrite.SendAsync(client, HttpMethod.Patch, CustomerPath, body);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"relationshipToPartner":"reseller"}""")]
    [InlineData("""{"relationshipToPartner":null}""")]
    [InlineData("""{"attributes":{"objectType":"Customer"}}""")]
    [InlineData("""{"relationshipToPartner":1}""")]
    [InlineData("not json")]
    public async Task Any_other_change_is_400_with_code_3000_and_changes_nothing(string body)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.SendAsync(client, HttpMethod.Patch, CustomerPath, body);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
        using var read = await PartnerCenterRequest.SendAsync(client, CustomerPath);
        Assert.Equal("reseller", (await ResponseAssert.JsonBodyAsync(read))["relationshipToPartner"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_customer_is_404_with_code_60003()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.SendAsync(
            client, HttpMethod.Patch, PartnerCenterRequest.CustomerPath("00000000-1111-2222-3333-444444444444"), Samples.Text("remove-reseller-relationship.request.json"));

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.NotFound, "60003");
    }
}
