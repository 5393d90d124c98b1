using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>Documented read responses the emulator serves: verbatim where the sample names a real customer, in shape where it holds placeholders.</summary>
public sealed class DocumentedResponseTests
{
    [Fact]
    public async Task The_documented_company_profile_is_served_verbatim_for_its_tenant()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var documented = Samples.Json("get-customer-company-profile.response.json");

        using var response = await PartnerCenterRequest.SendAsync(
            client, PartnerCenterRequest.CustomerPath(documented["tenantId"]!.GetValue<string>()) + "/profiles/company");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Samples.AssertSameJson(documented, await ResponseAssert.JsonBodyAsync(response));
    }

    [Fact]
    public async Task The_billing_profile_of_a_new_customer_has_the_documented_members_in_the_documented_order()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var id = await NewCustomers.CreateAsync(client, "shape.onmicrosoft.com");
        var profile = await BillingProfiles.ReadAsync(client, id);
        var etag = BillingProfiles.Etag(profile);
        profile["firstName"] = "FirstName";
        profile["lastName"] = "LastName";

        using var updated = await BillingProfiles.UpdateAsync(client, id, profile, PartnerCenterWrite.Quoted(etag));

        // The documented profile has contact names, which the documented create request does not send.
        Assert.Equal(JsonShape.Of(Samples.Json("get-customer-billing-profile.response.json")), JsonShape.Of(await ResponseAssert.JsonBodyAsync(updated)));
        Assert.Equal(JsonShape.Of(Samples.Json("get-customer-billing-profile.response.json")), JsonShape.Of(await BillingProfiles.ReadAsync(client, id)));
    }
}
