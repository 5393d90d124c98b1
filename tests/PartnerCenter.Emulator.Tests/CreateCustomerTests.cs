using System.Net;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary><c>POST /v1/customers</c>: the documented request accepted and answered in the documented shape, and the documented refusals.</summary>
public sealed class CreateCustomerTests
{
    [Theory]
    [InlineData("create-customer.request.json")] // as published: PascalCase member names
    [InlineData("create-customer.request.camel-case.json")]
    public async Task The_documented_request_is_answered_201_in_the_documented_shape(string requestSample)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.CreateCustomerAsync(client, Samples.Text(requestSample));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ResponseAssert.JsonBodyAsync(response);
        var id = body["id"]!.GetValue<string>();
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal(id, body["companyProfile"]!["tenantId"]!.GetValue<string>());
        var password = body["userCredentials"]!["password"]!.GetValue<string>();
        Assert.True(password.Length >= 12, "a generated password");
        // The documented answer with what the service generates (ids, ETag, password) put in place.
        var expected = Samples.Json("create-customer.response.json").AsObject();
        expected["id"] = id;
        expected["commerceId"] = body["commerceId"]!.GetValue<string>();
        expected["companyProfile"]!["tenantId"] = id;
        expected["billingProfile"]!["id"] = body["billingProfile"]!["id"]!.GetValue<string>();
        expected["billingProfile"]!["attributes"]!["etag"] = body["billingProfile"]!["attributes"]!["etag"]!.GetValue<string>();
        expected["userCredentials"]!["password"] = password;
        Samples.AssertSameJson(expected, body);
    }

    [Fact]
    public async Task The_new_customer_is_readable_listed_last_and_a_reseller_customer()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        var id = await NewCustomers.CreateAsync(client, "newcustomer.onmicrosoft.com");

        using var read = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(id));
        var customer = await ResponseAssert.JsonBodyAsync(read);
        Assert.Equal("reseller", customer["relationshipToPartner"]!.GetValue<string>());
        Assert.Equal("newcustomer.onmicrosoft.com", customer["companyProfile"]!["domain"]!.GetValue<string>());
        Assert.Equal("test company", customer["companyProfile"]!["companyName"]!.GetValue<string>());
        Assert.Equal("en-US", customer["billingProfile"]!["culture"]!.GetValue<string>());
        Assert.Null(customer["userCredentials"]);
        var pages = await CustomerListing.AllPagesAsync(client, "v1/customers?size=100");
        Assert.Equal(id, CustomerListing.Ids(pages).Last());
        Assert.Equal(EmulatorOptions.DefaultCustomerCount + 1, CustomerListing.Ids(pages).Count);
    }

    [Fact]
    public async Task The_generated_password_is_in_no_response_but_the_creation_and_in_no_log()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var created = await PartnerCenterWrite.CreateCustomerAsync(client, NewCustomers.WithDomain("secret.onmicrosoft.com"));
        var body = await ResponseAssert.JsonBodyAsync(created);
        var password = body["userCredentials"]!["password"]!.GetValue<string>();

        using var read = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(body["id"]!.GetValue<string>()));
        var log = await client.GetStringAsync("emulator/requests");

        Assert.DoesNotContain(password, await read.Content.ReadAsStringAsync());
        Assert.DoesNotContain(password, log);
    }

    [Theory]
    [InlineData("abcdefgh1234.onmicrosoft.com")] // the documented customer's
    [InlineData("ABCDEFGH1234.onmicrosoft.com")] // domains compare without case
    [InlineData("ContosoCorpCo.onmicrosoft.com")]
    public async Task A_domain_in_use_is_400_with_code_3000(string domain)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.CreateCustomerAsync(client, NewCustomers.WithDomain(domain));

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
    }

    [Fact]
    public async Task The_same_domain_twice_is_refused_the_second_time()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var first = await PartnerCenterWrite.CreateCustomerAsync(client, NewCustomers.Documented);
        using var second = await PartnerCenterWrite.CreateCustomerAsync(client, NewCustomers.Documented);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await ResponseAssert.PartnerCenterErrorAsync(second, HttpStatusCode.BadRequest, "3000");
    }

    [Fact]
    public async Task Of_concurrent_requests_for_one_domain_exactly_one_creates_the_customer()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            PartnerCenterWrite.CreateCustomerAsync(client, NewCustomers.WithDomain("race.onmicrosoft.com"))));

        Assert.Equal(1, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(15, responses.Count(response => response.StatusCode == HttpStatusCode.BadRequest));
        var search = Uri.EscapeDataString("""{"Field":"Domain","Value":"race.","Operator":"starts_with"}""");
        Assert.Single(CustomerListing.Ids(await CustomerListing.PageAsync(client, "v1/customers?filter=" + search)));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    public static TheoryData<string, string> MissingMembers => new()
    {
        { "companyProfile", NewCustomers.Changed(body => body.Remove("companyProfile")) },
        { "companyProfile.domain", NewCustomers.Changed(body => body["companyProfile"]!.AsObject().Remove("domain")) },
        { "billingProfile", NewCustomers.Changed(body => body.Remove("billingProfile")) },
        { "billingProfile.email", NewCustomers.Changed(body => body["billingProfile"]!.AsObject().Remove("email")) },
        { "billingProfile.culture", NewCustomers.Changed(body => body["billingProfile"]!["culture"] = null) },
        { "billingProfile.language", NewCustomers.Changed(body => body["billingProfile"]!["language"] = " ") },
        { "billingProfile.companyName", NewCustomers.Changed(body => body["billingProfile"]!.AsObject().Remove("companyName")) },
        { "billingProfile.defaultAddress", NewCustomers.Changed(body => body["billingProfile"]!.AsObject().Remove("defaultAddress")) },
        { "billingProfile.defaultAddress.addressLine1", NewCustomers.Changed(body => body["billingProfile"]!["defaultAddress"]!.AsObject().Remove("addressLine1")) },
        { "billingProfile.defaultAddress.city", NewCustomers.Changed(body => body["billingProfile"]!["defaultAddress"]!.AsObject().Remove("city")) },
        { "billingProfile.defaultAddress.country", NewCustomers.Changed(body => body["billingProfile"]!["defaultAddress"]!.AsObject().Remove("country")) },
    };

    [Theory]
    [MemberData(nameof(MissingMembers))]
    public async Task A_missing_required_member_is_400_with_code_800002_naming_it(string member, string body)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.CreateCustomerAsync(client, body);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "800002");
        Assert.StartsWith(member + " ", (await ResponseAssert.JsonBodyAsync(response))["description"]!.GetValue<string>());
    }

    public static TheoryData<string, string> InvalidMembers => new()
    {
        { "companyProfile.domain", NewCustomers.WithDomain("not a domain") },
        { "companyProfile.domain", NewCustomers.WithDomain("-leading.example.com") },
        { "billingProfile.email", NewCustomers.Changed(body => body["billingProfile"]!["email"] = "not-an-email") },
        { "billingProfile.culture", NewCustomers.Changed(body => body["billingProfile"]!["culture"] = "english") },
        { "billingProfile.language", NewCustomers.Changed(body => body["billingProfile"]!["language"] = "english") },
        { "billingProfile.defaultAddress.country", NewCustomers.Changed(body => body["billingProfile"]!["defaultAddress"]!["country"] = "USA") },
        { "billingProfile.defaultAddress.state", NewCustomers.Changed(body => body["billingProfile"]!["defaultAddress"]!["state"] = "WAS") },
        { "billingProfile.defaultAddress.addressLine1", NewCustomers.Changed(body => body["billingProfile"]!["defaultAddress"]!["addressLine1"] = new string('x', 201)) },
        { "billingProfile.defaultAddress.firstName", NewCustomers.Changed(body => body["billingProfile"]!["defaultAddress"]!["firstName"] = new string('x', 51)) },
        { "billingProfile.defaultAddress.phoneNumber", NewCustomers.Changed(body => body["billingProfile"]!["defaultAddress"]!["phoneNumber"] = "call me") },
        { "associatedPartnerId", NewCustomers.Changed(body => body["associatedPartnerId"] = "reseller-1") },
    };

    [Theory]
    [MemberData(nameof(InvalidMembers))]
    public async Task An_unacceptable_member_value_is_400_with_code_3000_naming_it(string member, string body)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.CreateCustomerAsync(client, body);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
        Assert.StartsWith(member + " ", (await ResponseAssert.JsonBodyAsync(response))["description"]!.GetValue<string>());
    }

    public static TheoryData<string, string> CountryRuleBreaches => new()
    {
        // Russia requires the registration number...
        { "600049", InCountry("RU", registrationNumber: null, phone: "4951234567") },
        // ...and a phone number.
        { "600051", InCountry("RU", registrationNumber: "7707083893", phone: null) },
        // The United States take no registration number.
        { "600002", InCountry("US", registrationNumber: "123456789", phone: null) },
    };

    [Theory]
    [MemberData(nameof(CountryRuleBreaches))]
    public async Task The_documented_country_rules_have_their_own_codes(string code, string body)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.CreateCustomerAsync(client, body);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task A_customer_meeting_its_countrys_rules_is_created()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await PartnerCenterWrite.CreateCustomerAsync(client, InCountry("RU", "7707083893", "4951234567"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ResponseAssert.JsonBodyAsync(response);
        Assert.Equal("7707083893", body["companyProfile"]!["organizationRegistrationNumber"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("create-customer.request.published.json")] // trailing commas, as published: not JSON
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"companyProfile":"xyz.ccsctp.net"}""")]
    [InlineData("""{"enableGDAPByDefault":"no"}""")]
    public async Task A_body_that_is_not_the_expected_json_is_400_with_code_800002(string bodyOrSample)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var body = bodyOrSample.EndsWith(".json", StringComparison.Ordinal) ? Samples.Text(bodyOrSample) : bodyOrSample;

        using var response = await PartnerCenterWrite.CreateCustomerAsync(client, body);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "800002");
    }

    private static string InCountry(string country, string? registrationNumber, string? phone) =>
        NewCustomers.Changed(body =>
        {
            body["companyProfile"]!["domain"] = $"in{country.ToLowerInvariant()}.onmicrosoft.com";
            if (registrationNumber is not null)
            {
                body["companyProfile"]!["organizationRegistrationNumber"] = registrationNumber;
            }

            var address = body["billingProfile"]!["defaultAddress"]!.AsObject();
            address["country"] = country;
            address.Remove("state");
            if (phone is not null)
            {
                address["phoneNumber"] = phone;
            }
        });
}
