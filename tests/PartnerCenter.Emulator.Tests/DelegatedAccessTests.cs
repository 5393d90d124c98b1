using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

public sealed class DelegatedAccessTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Customer_without_DAP_omits_address_email_and_custom_domains()
    {
        using var response = await PartnerCenterRequest.SendAsync(
            _client, PartnerCenterRequest.CustomerPath(EmulatorSeed.CustomerWithoutDelegatedAccessId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ResponseAssert.JsonBodyAsync(response);
        Assert.Equal(EmulatorSeed.CustomerWithoutDelegatedAccessId, body["id"]!.GetValue<string>());
        Assert.False(body.ContainsKey("customDomains"));
        var companyProfile = body["companyProfile"]!.AsObject();
        Assert.False(companyProfile.ContainsKey("address"));
        Assert.False(companyProfile.ContainsKey("email"));
        // Everything else is still there.
        Assert.Equal(EmulatorSeed.CustomerWithoutDelegatedAccessId, companyProfile["tenantId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(companyProfile["domain"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(companyProfile["companyName"]!.GetValue<string>()));
        Assert.True(body["billingProfile"]!.AsObject().ContainsKey("defaultAddress"));
        Assert.True(body.ContainsKey("tags"));
        Assert.False(body["allowDelegatedAccess"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Company_profile_without_DAP_omits_address_and_email()
    {
        using var response = await PartnerCenterRequest.SendAsync(
            _client, PartnerCenterRequest.CustomerPath(EmulatorSeed.CustomerWithoutDelegatedAccessId) + "/profiles/company");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ResponseAssert.JsonBodyAsync(response);
        Assert.Equal(["tenantId", "domain", "companyName", "links", "attributes"], body.Select(property => property.Key));
    }

    [Fact]
    public async Task The_omission_does_not_leak_into_later_responses_of_customers_with_DAP()
    {
        using var withoutDap = await PartnerCenterRequest.SendAsync(
            _client, PartnerCenterRequest.CustomerPath(EmulatorSeed.CustomerWithoutDelegatedAccessId));
        using var withDap = await PartnerCenterRequest.SendAsync(
            _client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));

        var body = await ResponseAssert.JsonBodyAsync(withDap);
        Assert.True(body.ContainsKey("customDomains"));
        Assert.True(body["companyProfile"]!.AsObject().ContainsKey("address"));
    }
}
