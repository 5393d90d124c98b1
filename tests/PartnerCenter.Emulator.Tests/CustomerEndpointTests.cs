using System.Net;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

public sealed class CustomerEndpointTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Get_customer_returns_the_documented_sample_value_for_value_and_in_order()
    {
        using var response = await PartnerCenterRequest.SendAsync(_client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ResponseAssert.JsonBodyAsync(response);
        var expected = JsonNode.Parse(DocumentedSample.CustomerJson)!;
        Assert.True(JsonNode.DeepEquals(expected, body), body.ToJsonString());
        // Same serializer on both sides, so equal text also means equal property order.
        Assert.Equal(expected.ToJsonString(), body.ToJsonString());
    }

    [Fact]
    public async Task Get_customer_returns_the_documented_values_with_their_json_types()
    {
        using var response = await PartnerCenterRequest.SendAsync(_client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
        var body = await ResponseAssert.JsonBodyAsync(response);

        Assert.Equal(EmulatorSeed.DocumentedCustomerId, body["id"]!.GetValue<string>());
        Assert.Equal("99e6a635-48e7-424d-9059-c9db944e3c54", body["commerceId"]!.GetValue<string>());
        Assert.Equal("1kl as kjk", body["companyProfile"]!["companyName"]!.GetValue<string>());
        Assert.Equal("98052", body["companyProfile"]!["address"]!["postalCode"]!.GetValue<string>());
        Assert.Equal("a@a.com", body["companyProfile"]!["email"]!.GetValue<string>());
        // The etag is a large negative number written as a string; it must stay a string.
        Assert.Equal("-4242348048554929329", body["billingProfile"]!["attributes"]!["etag"]!.GetValue<string>());
        Assert.True(body["allowDelegatedAccess"]!.GetValue<bool>());
        Assert.Equal("reseller", body["relationshipToPartner"]!.GetValue<string>());
        Assert.Equal(["abcdefgh1234.onmicrosoft.com"], body["customDomains"]!.AsArray().Select(domain => domain!.GetValue<string>()));
        Assert.Equal(["TestCustomer", "USCustomer"], body["tags"]!.AsArray().Select(tag => tag!.GetValue<string>()));
    }

    [Fact]
    public async Task Get_customer_accepts_the_tenant_id_in_upper_case()
    {
        using var response = await PartnerCenterRequest.SendAsync(
            _client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ResponseAssert.JsonBodyAsync(response);
        Assert.Equal(EmulatorSeed.DocumentedCustomerId, body["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Company_profile_returns_the_customers_company_profile_object()
    {
        using var response = await PartnerCenterRequest.SendAsync(
            _client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId) + "/profiles/company");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ResponseAssert.JsonBodyAsync(response);
        var expected = JsonNode.Parse(DocumentedSample.CustomerJson)!["companyProfile"]!;
        Assert.Equal(expected.ToJsonString(), body.ToJsonString());
    }

    [Fact]
    public async Task Billing_profile_returns_the_customers_billing_profile_object()
    {
        using var response = await PartnerCenterRequest.SendAsync(
            _client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId) + "/profiles/billing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ResponseAssert.JsonBodyAsync(response);
        var expected = JsonNode.Parse(DocumentedSample.CustomerJson)!["billingProfile"]!;
        Assert.Equal(expected.ToJsonString(), body.ToJsonString());
    }

    [Fact]
    public void The_published_documented_customer_json_is_the_documented_sample()
    {
        var published = JsonNode.Parse(EmulatorSeed.ReadDocumentedCustomerJson())!;

        Assert.Equal(JsonNode.Parse(DocumentedSample.CustomerJson)!.ToJsonString(), published.ToJsonString());
    }
}
