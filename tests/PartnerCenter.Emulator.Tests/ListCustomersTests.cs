using System.Net;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>Listing the default store (the seed plus generated customers, 250 in all) page by page.</summary>
public sealed class ListCustomersTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Paging_with_size_40_takes_seven_pages_and_returns_each_of_the_250_customers_once()
    {
        var pages = await CustomerListing.AllPagesAsync(_client, "v1/customers?size=40");

        Assert.Equal(7, pages.Count);
        Assert.Equal([40, 40, 40, 40, 40, 40, 10], pages.Select(page => page["items"]!.AsArray().Count));
        var ids = CustomerListing.Ids(pages);
        Assert.Equal(EmulatorOptions.DefaultCustomerCount, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ids, id => Assert.True(Guid.TryParse(id, out _), id));
        // Every page but the last links to the next one.
        Assert.Equal([true, true, true, true, true, true, false], pages.Select(page => CustomerListing.Next(page) is not null));
    }

    [Fact]
    public async Task A_page_is_the_documented_resource_collection()
    {
        var page = await CustomerListing.PageAsync(_client, "v1/customers?size=40");

        Assert.Equal(["totalCount", "items", "links", "attributes"], page.Select(member => member.Key));
        // The documented pages count the customers of the page.
        Assert.Equal(40, page["totalCount"]!.GetValue<int>());
        Assert.Equal("Collection", page["attributes"]!["objectType"]!.GetValue<string>());
        Samples.AssertSameJson(JsonNode.Parse("""{"uri":"/v1/customers?size=40","method":"GET","headers":[]}""")!, page["links"]!["self"]);
        var next = page["links"]!["next"]!;
        Assert.Equal("/customers?size=40&seekOperation=Next", next["uri"]!.GetValue<string>());
        Assert.Equal("GET", next["method"]!.GetValue<string>());
        var header = Assert.Single(next["headers"]!.AsArray())!;
        Assert.Equal(["key", "value"], header.AsObject().Select(member => member.Key));
        Assert.Equal("MS-ContinuationToken", header["key"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(header["value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_first_page_starts_with_the_documented_customers_in_the_short_list_form()
    {
        var page = await CustomerListing.PageAsync(_client, "v1/customers?size=3");

        Assert.Equal(
            [EmulatorSeed.DocumentedCustomerId, EmulatorSeed.CustomerWithoutDelegatedAccessId, "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04"],
            CustomerListing.Ids(page));
        var documented = CustomerListing.Items(page).First();
        Samples.AssertSameJson(
            JsonNode.Parse($$$"""
                {"id":"{{{EmulatorSeed.DocumentedCustomerId}}}",
                 "companyProfile":{"tenantId":"{{{EmulatorSeed.DocumentedCustomerId}}}","domain":"abcdefgh1234.onmicrosoft.com","companyName":"1kl as kjk",
                   "links":{"self":{"uri":"/customers/{{{EmulatorSeed.DocumentedCustomerId}}}/profiles/company","method":"GET","headers":[]}},
                   "attributes":{"objectType":"CustomerCompanyProfile"}},
                 "relationshipToPartner":"reseller",
                 "links":{"self":{"uri":"/customers/{{{EmulatorSeed.DocumentedCustomerId}}}","method":"GET","headers":[]}},
                 "attributes":{"objectType":"Customer"}}
                """)!,
            documented);
    }

    [Fact]
    public async Task Every_item_has_the_short_list_form_without_delegated_access_or_billing_profile()
    {
        var page = await CustomerListing.PageAsync(_client, "v1/customers?size=500");

        Assert.All(CustomerListing.Items(page), item =>
        {
            Assert.Equal(["id", "companyProfile", "relationshipToPartner", "links", "attributes"], item.Select(member => member.Key));
            Assert.Equal(["tenantId", "domain", "companyName", "links", "attributes"], item["companyProfile"]!.AsObject().Select(member => member.Key));
        });
    }

    [Theory]
    [InlineData("v1/customers")]
    [InlineData("v1/customers?size=0")]
    [InlineData("v1/customers?size=500")]
    public async Task Without_a_size_or_with_0_one_page_holds_up_to_500_customers(string uri)
    {
        var page = await CustomerListing.PageAsync(_client, uri);

        Assert.Equal(EmulatorOptions.DefaultCustomerCount, page["items"]!.AsArray().Count);
        Assert.Null(page["links"]!["next"]);
    }

    [Fact]
    public async Task A_last_page_that_is_full_has_no_link_to_an_empty_page()
    {
        var pages = await CustomerListing.AllPagesAsync(_client, "v1/customers?size=125");

        Assert.Equal([125, 125], pages.Select(page => page["items"]!.AsArray().Count));
    }

    [Fact]
    public async Task The_seek_operation_is_read_without_regard_to_case()
    {
        var first = await CustomerListing.PageAsync(_client, "v1/customers?size=100");
        var (_, token) = CustomerListing.Next(first)!.Value;

        var second = await CustomerListing.PageAsync(_client, "v1/customers?size=100&seekOperation=next", token);

        Assert.Equal(100, second["items"]!.AsArray().Count);
        Assert.Empty(CustomerListing.Ids(first).Intersect(CustomerListing.Ids(second)));
    }

    [Fact]
    public async Task The_self_link_of_a_next_page_is_the_request_with_its_token()
    {
        var first = await CustomerListing.PageAsync(_client, "v1/customers?size=100");
        var (uri, token) = CustomerListing.Next(first)!.Value;

        var second = await CustomerListing.PageAsync(_client, uri, token);

        var self = second["links"]!["self"]!;
        Assert.Equal("/v1/customers?size=100&seekOperation=Next", self["uri"]!.GetValue<string>());
        Assert.Equal(token, Assert.Single(self["headers"]!.AsArray())!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("v1/customers?size=-1")]
    [InlineData("v1/customers?size=501")]
    [InlineData("v1/customers?size=ten")]
    [InlineData("v1/customers?size=1.5")]
    [InlineData("v1/customers?size=10&size=20")]
    [InlineData("v1/customers?seekOperation=Previous")]
    [InlineData("v1/customers?size=10&seekOperation=Next")]
    public async Task Invalid_paging_inputs_are_400_with_code_3000(string uri)
    {
        using var response = await CustomerListing.SendAsync(_client, uri);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
    }

    [Fact]
    public async Task A_continuation_token_without_seek_operation_next_is_400_rather_than_the_first_page_again()
    {
        var first = await CustomerListing.PageAsync(_client, "v1/customers?size=10");
        var (_, token) = CustomerListing.Next(first)!.Value;

        using var response = await CustomerListing.SendAsync(_client, "v1/customers?size=10", token);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
    }
}
