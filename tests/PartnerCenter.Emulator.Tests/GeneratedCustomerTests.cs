using System.Net;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>The generated customers: deterministic, varied, and as complete as the seeded ones.</summary>
public sealed class GeneratedCustomerTests
{
    [Fact]
    public async Task Two_emulators_generate_the_same_customers_in_the_same_order()
    {
        var first = await AllItemsAsync(new EmulatorOptions());
        var second = await AllItemsAsync(new EmulatorOptions());

        Assert.Equal(first.Select(item => item.ToJsonString()), second.Select(item => item.ToJsonString()));
    }

    [Theory]
    [InlineData(0, 8)] // never fewer than the seed
    [InlineData(8, 8)]
    [InlineData(20, 20)]
    [InlineData(1000, 1000)]
    public async Task The_customer_count_is_the_seed_and_generated_customers_together(int customerCount, int expected)
    {
        var items = await AllItemsAsync(new EmulatorOptions { CustomerCount = customerCount });

        Assert.Equal(expected, items.Count);
        Assert.Equal(expected, items.Select(item => item["companyProfile"]!["domain"]!.GetValue<string>()).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task Company_names_and_domains_are_varied_enough_for_prefix_searches()
    {
        var items = await AllItemsAsync(new EmulatorOptions());
        var names = items.Select(item => item["companyProfile"]!["companyName"]!.GetValue<string>()).ToList();

        Assert.True(names.Select(name => char.ToUpperInvariant(name[0])).Distinct().Count() >= 10, "first letters");
        Assert.True(names.Distinct().Count() >= 100, "distinct names");
        // A shared first word: a prefix search finds a handful, not one and not all.
        var northwind = names.Count(name => name.StartsWith("Northwind", StringComparison.Ordinal));
        Assert.InRange(northwind, 2, 50);
    }

    [Fact]
    public async Task A_generated_customer_reads_like_a_seeded_one_with_both_profiles()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var page = await CustomerListing.PageAsync(client, "v1/customers?size=500");
        var generatedId = CustomerListing.Ids(page).Last();

        var customer = await ReadAsync(client, PartnerCenterRequest.CustomerPath(generatedId));
        var billing = await ReadAsync(client, PartnerCenterRequest.CustomerPath(generatedId) + "/profiles/billing");
        var company = await ReadAsync(client, PartnerCenterRequest.CustomerPath(generatedId) + "/profiles/company");

        Assert.Equal(generatedId, customer["id"]!.GetValue<string>());
        Assert.Equal(generatedId, company["tenantId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(billing["attributes"]!["etag"]!.GetValue<string>()));
        Assert.Equal("CustomerBillingProfile", billing["attributes"]!["objectType"]!.GetValue<string>());
        Assert.Equal($"/customers/{generatedId}/profiles/billing", billing["links"]!["self"]!["uri"]!.GetValue<string>());
        Samples.AssertSameJson(billing, customer["billingProfile"]);
    }

    private static async Task<JsonObject> ReadAsync(HttpClient client, string path)
    {
        using var response = await PartnerCenterRequest.SendAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ResponseAssert.JsonBodyAsync(response);
    }

    private static async Task<List<JsonObject>> AllItemsAsync(EmulatorOptions options)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(options);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var pages = await CustomerListing.AllPagesAsync(client, "v1/customers?size=500");
        return [.. pages.SelectMany(CustomerListing.Items)];
    }
}
