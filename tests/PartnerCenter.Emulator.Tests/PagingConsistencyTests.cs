using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>
/// What a listing guarantees while customers are created and deleted between its pages (the keyset token with a
/// horizon): no customer twice; every customer that exists throughout exactly once; one deleted before its page is
/// reached not at all; one created after the first page not at all (a new listing has it).
/// </summary>
public sealed class PagingConsistencyTests
{
    [Fact]
    public async Task Customers_created_and_deleted_while_paging_do_not_break_exactly_once()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { IntegrationSandbox = true });
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var before = CustomerListing.Ids(await CustomerListing.AllPagesAsync(client, "v1/customers?size=500"));

        var page1 = await CustomerListing.PageAsync(client, "v1/customers?size=40");
        var alreadyListed = CustomerListing.Ids(page1).ToList();
        var deletedAfterListing = alreadyListed[5];
        var deletedBeforeListing = before[200];
        await DeleteAsync(client, deletedAfterListing);
        await DeleteAsync(client, deletedBeforeListing);
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            created.Add(await NewCustomers.CreateAsync(client, $"paging{i}.onmicrosoft.com"));
        }

        var rest = new List<string>();
        var (uri, token) = CustomerListing.Next(page1)!.Value;
        var page2 = await CustomerListing.PageAsync(client, uri, token);
        rest.AddRange(CustomerListing.Ids(page2));
        // More changes half-way through.
        var deletedHalfWay = before[^1];
        await DeleteAsync(client, deletedHalfWay);
        created.Add(await NewCustomers.CreateAsync(client, "paging-late.onmicrosoft.com"));
        foreach (var page in (await CustomerListing.FollowAsync(client, page2)).Skip(1))
        {
            rest.AddRange(CustomerListing.Ids(page));
        }

        List<string> listed = [.. alreadyListed, .. rest];
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var expected = before.Except([deletedBeforeListing, deletedHalfWay]).ToList();
        Assert.Equal(expected, listed);
        Assert.Empty(listed.Intersect(created));

        // A listing started now sees the store as it is: the created customers last, the deleted ones gone.
        var now = CustomerListing.Ids(await CustomerListing.AllPagesAsync(client, "v1/customers?size=40"));
        Assert.Equal([.. before.Except([deletedAfterListing, deletedBeforeListing, deletedHalfWay]), .. created], now);
    }

    [Fact]
    public async Task A_search_listing_keeps_its_filter_across_pages_and_returns_each_match_once()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var filter = Uri.EscapeDataString("""{"Field":"CompanyName","Value":"a","Operator":"starts_with"}""");
        var onePage = CustomerListing.Ids(await CustomerListing.PageAsync(client, $"v1/customers?size=500&filter={filter}")).ToList();

        var pages = await CustomerListing.AllPagesAsync(client, $"v1/customers?size=7&filter={filter}");

        Assert.InRange(onePage.Count, 15, 200);
        Assert.Equal(onePage, CustomerListing.Ids(pages));
        Assert.Equal((onePage.Count + 6) / 7, pages.Count);
        Assert.All(pages.SelectMany(CustomerListing.Items), item =>
            Assert.StartsWith("a", item["companyProfile"]!["companyName"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }

    private static async Task DeleteAsync(HttpClient client, string customerId)
    {
        using var response = await PartnerCenterWrite.SendAsync(client, HttpMethod.Delete, PartnerCenterRequest.CustomerPath(customerId));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
