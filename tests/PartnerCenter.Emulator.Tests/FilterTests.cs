using System.Net;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>Searching customers with the documented <c>filter</c>: prefix matches, ignoring case, and the documented searches answered as documented.</summary>
public sealed class FilterTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task The_documented_company_name_search_finds_the_documented_customers()
    {
        // The documented request line, as published (size=0 and the encoded filter).
        var page = await CustomerListing.PageAsync(
            _client,
            "v1/customers?size=0&filter=%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22Cont%22%2C%22Operator%22%3A%22starts_with%22%7D");

        var documented = Samples.Json("list-customers-by-company-name.response.json");
        Samples.AssertSameJson(documented["totalCount"]!, page["totalCount"]);
        Samples.AssertSameJson(documented["items"]!, page["items"]);
        Samples.AssertSameJson(documented["attributes"]!, page["attributes"]);
        Assert.Null(page["links"]!["next"]);
    }

    [Fact]
    public async Task The_documented_indirect_reseller_search_finds_the_documented_customers()
    {
        var page = await SearchAsync(Samples.Text("list-customers-of-indirect-reseller.filter.json").Trim());

        var documented = Samples.Json("list-customers-of-indirect-reseller.response.json");
        Samples.AssertSameJson(documented["totalCount"]!, page["totalCount"]);
        Samples.AssertSameJson(documented["items"]!, page["items"]);
    }

    [Theory]
    [InlineData("cont")]
    [InlineData("CONT")]
    [InlineData("Contoso")]
    public async Task Company_names_match_by_prefix_ignoring_case(string value)
    {
        var page = await SearchAsync(Filter("CompanyName", value));

        Assert.Equal(
            ["c5757d70-06f3-4f23-8367-5a9e55019f94", "7b26b357-9ca3-48b8-a58e-4febe2662a5d", "bfbd6ef0-311f-47ec-bbd7-0fcb7846661b"],
            CustomerListing.Ids(page));
    }

    [Fact]
    public async Task Domains_match_by_prefix_ignoring_case()
    {
        var page = await SearchAsync(Filter("Domain", "CONTOSOCORP"));

        Assert.Equal(["7b26b357-9ca3-48b8-a58e-4febe2662a5d", "bfbd6ef0-311f-47ec-bbd7-0fcb7846661b"], CustomerListing.Ids(page));
    }

    [Fact]
    public async Task A_match_must_be_at_the_start_not_anywhere()
    {
        // "ntoso" is inside every Contoso name but starts none.
        var page = await SearchAsync(Filter("CompanyName", "ntoso"));

        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal(0, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_indirect_provider_search_matches_the_provider_id_prefix()
    {
        var page = await SearchAsync(Filter("IndirectCloudSolutionProvider", "7A1C0E2B"));

        Assert.Equal(["53eb21cb-6b2d-4ee5-9e92-27dfc927e93c", "3dfe847b-cad9-4fc1-86d3-cf16c2790087"], CustomerListing.Ids(page));
    }

    [Fact]
    public async Task A_prefix_shared_by_generated_customers_finds_them_all_and_nothing_else()
    {
        var all = await CustomerListing.PageAsync(_client, "v1/customers?size=500");
        var expected = CustomerListing.Items(all)
            .Where(item => item["companyProfile"]!["companyName"]!.GetValue<string>().StartsWith("north", StringComparison.OrdinalIgnoreCase))
            .Select(item => item["id"]!.GetValue<string>())
            .ToList();

        var page = await SearchAsync(Filter("CompanyName", "north"));

        Assert.InRange(expected.Count, 2, 50);
        Assert.Equal(expected, CustomerListing.Ids(page));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"Value":"Cont","Operator":"starts_with"}""")]
    [InlineData("""{"Field":"Name","Value":"Cont","Operator":"starts_with"}""")]
    [InlineData("""{"Field":"companyName","Value":"Cont","Operator":"starts_with"}""")]
    [InlineData("""{"field":"CompanyName","value":"Cont","operator":"starts_with"}""")]
    [InlineData("""{"Field":"CompanyName","Value":"Cont","Operator":"contains"}""")]
    [InlineData("""{"Field":"CompanyName","Value":"Cont"}""")]
    [InlineData("""{"Field":"CompanyName","Value":5,"Operator":"starts_with"}""")]
    [InlineData("""{"Field":"CompanyName","Value":"","Operator":"starts_with"}""")]
    [InlineData("""{"Field":1,"Value":"Cont","Operator":"starts_with"}""")]
    public async Task A_malformed_filter_is_400_with_code_3000(string filter)
    {
        using var response = await CustomerListing.SendAsync(_client, "v1/customers?size=0&filter=" + Uri.EscapeDataString(filter));

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
    }

    [Fact]
    public async Task A_filter_value_longer_than_256_characters_is_400()
    {
        using var response = await CustomerListing.SendAsync(
            _client, "v1/customers?filter=" + Uri.EscapeDataString(Filter("CompanyName", new string('a', 257))));

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
    }

    [Fact]
    public async Task The_self_link_of_a_search_is_the_request_as_sent()
    {
        var uri = "v1/customers?size=0&filter=" + Uri.EscapeDataString(Filter("Domain", "cont"));

        var page = await CustomerListing.PageAsync(_client, uri);

        Assert.Equal("/" + uri, page["links"]!["self"]!["uri"]!.GetValue<string>());
    }

    private static string Filter(string field, string value) =>
        new JsonObject { ["Field"] = field, ["Value"] = value, ["Operator"] = "starts_with" }.ToJsonString();

    private Task<JsonObject> SearchAsync(string filter) =>
        CustomerListing.PageAsync(_client, "v1/customers?size=0&filter=" + Uri.EscapeDataString(filter));
}
