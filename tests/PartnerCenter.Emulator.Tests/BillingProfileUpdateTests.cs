using System.Net;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary><c>PUT .../profiles/billing</c>: optimistic concurrency with <c>If-Match</c>, new ETags on every update, 412 on a stale one.</summary>
public sealed class BillingProfileUpdateTests
{
    private const string CustomerId = EmulatorSeed.DocumentedCustomerId;

    [Theory]
    [InlineData("update-customer-billing-profile.request.camel-case.json")]
    [InlineData("update-customer-billing-profile.request.json")] // as published: PascalCase member names
    public async Task The_documented_request_with_the_current_etag_is_answered_in_the_documented_shape(string requestSample)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var etag = BillingProfiles.Etag(await BillingProfiles.ReadAsync(client, CustomerId));

        using var response = await PartnerCenterWrite.SendAsync(
            client, HttpMethod.Put, BillingProfiles.Path(CustomerId), Samples.Text(requestSample), PartnerCenterWrite.Quoted(etag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ResponseAssert.JsonBodyAsync(response);
        // The documented answer, with what the service keeps (the profile's id and link) and the new ETag in place. The
        // documented answer's company name differs from its request's ("companyName" / "CompanyName"); the emulator
        // stores what was sent.
        var expected = Samples.Json("update-customer-billing-profile.response.json").AsObject();
        expected["id"] = "eeada110-69d6-4cc9-b093-75feb7ca9d3f";
        expected["companyName"] = "CompanyName";
        expected["links"]!["self"]!["uri"] = $"/customers/{CustomerId}/profiles/billing";
        expected["attributes"]!["etag"] = BillingProfiles.Etag(body);
        Samples.AssertSameJson(expected, body);
        Assert.NotEqual(etag, BillingProfiles.Etag(body));
    }

    [Fact]
    public async Task The_update_is_what_later_reads_of_the_profile_and_the_customer_return()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var profile = await BillingProfiles.ReadAsync(client, CustomerId);
        profile["firstName"] = "Updated";

        using var response = await BillingProfiles.UpdateAsync(client, CustomerId, profile, PartnerCenterWrite.Quoted(BillingProfiles.Etag(profile)));
        var updated = await ResponseAssert.JsonBodyAsync(response);
        var readAgain = await BillingProfiles.ReadAsync(client, CustomerId);
        using var customerResponse = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(CustomerId));
        var customer = await ResponseAssert.JsonBodyAsync(customerResponse);

        Assert.Equal("Updated", updated["firstName"]!.GetValue<string>());
        Samples.AssertSameJson(updated, readAgain);
        Samples.AssertSameJson(updated, customer["billingProfile"]);
    }

    [Fact]
    public async Task Every_update_gives_a_new_etag_and_the_previous_one_is_stale_with_412()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var profile = await BillingProfiles.ReadAsync(client, CustomerId);
        var etags = new List<string> { BillingProfiles.Etag(profile) };

        for (var i = 0; i < 5; i++)
        {
            using var response = await BillingProfiles.UpdateAsync(client, CustomerId, profile, PartnerCenterWrite.Quoted(etags[^1]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            etags.Add(BillingProfiles.Etag(await ResponseAssert.JsonBodyAsync(response)));
        }

        Assert.Equal(etags.Count, etags.Distinct().Count());
        foreach (var stale in etags[..^1])
        {
            using var response = await BillingProfiles.UpdateAsync(client, CustomerId, profile, PartnerCenterWrite.Quoted(stale));
            await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.PreconditionFailed, "2055");
        }

        Assert.Equal(etags[^1], BillingProfiles.Etag(await BillingProfiles.ReadAsync(client, CustomerId)));
    }

    [Fact]
    public async Task A_refused_update_changes_nothing()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var before = await BillingProfiles.ReadAsync(client, CustomerId);
        var changed = before.DeepClone().AsObject();
        changed["firstName"] = "Lost";

        using var stale = await BillingProfiles.UpdateAsync(client, CustomerId, changed, PartnerCenterWrite.Quoted("-1"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Samples.AssertSameJson(before, await BillingProfiles.ReadAsync(client, CustomerId));
    }

    [Fact]
    public async Task If_match_is_required()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var profile = await BillingProfiles.ReadAsync(client, CustomerId);

        // The documented request example sends none; the page's header table requires it.
        using var response = await BillingProfiles.UpdateAsync(client, CustomerId, profile, ifMatch: null);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
        Assert.Contains("If-Match", (await ResponseAssert.JsonBodyAsync(response))["description"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{0}", HttpStatusCode.OK)] // bare, as attributes.etag holds it
    [InlineData("\"{0}\"", HttpStatusCode.OK)]
    [InlineData("\"-1\", \"{0}\"", HttpStatusCode.OK)] // one of several
    [InlineData("*", HttpStatusCode.OK)] // any current version (RFC 9110)
    [InlineData("W/\"{0}\"", HttpStatusCode.PreconditionFailed)] // weak tags never match strongly
    [InlineData("\"{0}x\"", HttpStatusCode.PreconditionFailed)]
    public async Task If_match_follows_http_semantics(string format, HttpStatusCode expected)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var profile = await BillingProfiles.ReadAsync(client, CustomerId);

        using var response = await BillingProfiles.UpdateAsync(client, CustomerId, profile, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, BillingProfiles.Etag(profile)));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_invalid_profile_is_400_with_code_3000_and_changes_nothing()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var before = await BillingProfiles.ReadAsync(client, CustomerId);
        var changed = before.DeepClone().AsObject();
        changed.Remove("email");

        using var response = await BillingProfiles.UpdateAsync(client, CustomerId, changed, PartnerCenterWrite.Quoted(BillingProfiles.Etag(before)));

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
        Samples.AssertSameJson(before, await BillingProfiles.ReadAsync(client, CustomerId));
    }

    [Theory]
    [InlineData("00000000-1111-2222-3333-444444444444", HttpStatusCode.NotFound, "60003")]
    [InlineData("not-a-guid", HttpStatusCode.BadRequest, "900118")]
    public async Task Updating_an_unknown_or_malformed_customer_id_is_the_documented_error(string customerId, HttpStatusCode status, string code)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.SendAsync(
            client, HttpMethod.Put, BillingProfiles.Path(customerId), Samples.Text("update-customer-billing-profile.request.camel-case.json"), "\"1\"");

        await ResponseAssert.PartnerCenterErrorAsync(response, status, code);
    }
}
