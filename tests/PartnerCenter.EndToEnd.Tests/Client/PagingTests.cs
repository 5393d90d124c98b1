using System.Text.Json;
using System.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;
using PartnerCenter.Testing;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>
/// The generated pager (<c>ListCustomersPagedAsync</c>) through the full client runtime, over loopback sockets, against
/// the emulator's 250 customers and its signed, expiring continuation tokens. The emulator runs on a fake clock that only
/// the tests move (tokens expire on it, injected latency passes on it), so nothing depends on how fast the machine is.
/// </summary>
public sealed class PagingTests
{
    private const int PageSize = 40;
    private const string ContinuationTokenHeader = "MS-ContinuationToken";
    private static readonly TimeSpan TokenLifetime = new EmulatorOptions().ContinuationTokenLifetime;

    [Fact]
    public async Task Paging_by_40_gives_7_pages_with_each_of_the_250_customers_exactly_once()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        await using var client = TestClients.Create(emulator);

        var pages = new List<Page<Customer>>();
        await foreach (var page in client.Customers.ListCustomersPagedAsync(size: PageSize).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(7, pages.Count);
        Assert.Equal([40, 40, 40, 40, 40, 40, 10], pages.Select(page => page.Values.Count));
        Assert.All(pages[..^1], page => Assert.NotNull(page.ContinuationToken));
        Assert.Null(pages[^1].ContinuationToken);
        var ids = pages.SelectMany(page => page.Values).Select(customer => customer.Id).ToList();
        Assert.Equal(EmulatorOptions.DefaultCustomerCount, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(EmulatorSeed.DocumentedCustomerId, ids);
        Assert.Contains(EmulatorSeed.CustomerWithoutDelegatedAccessId, ids);

        // The same customers in the same order as the largest page (500) holds in one answer.
        var requests = ListRequests(emulator);
        Assert.Equal(await AllCustomerIdsAsync(client.Customers), ids);

        // Seven requests for the seven pages: the first with the size only; each next one the request its
        // predecessor's links.next describes (seekOperation=Next, the size, the token the link carries).
        Assert.Equal(7, requests.Count);
        Assert.Equal("?size=40", requests[0].QueryString);
        Assert.False(requests[0].Headers.ContainsKey(ContinuationTokenHeader));
        for (var i = 1; i < requests.Count; i++)
        {
            Assert.Equal("?size=40&seekOperation=Next", requests[i].QueryString);
            Assert.Equal(LinkedToken(pages[i - 1].ContinuationToken!), requests[i].Headers[ContinuationTokenHeader]);
        }

        // Every page went through the runtime: bearer token, and a request id of its own.
        Assert.All(requests, request => Assert.True(request.HasAuthorization));
        Assert.All(requests, request => Assert.Equal(200, request.StatusCode));
        Assert.Equal(requests.Count, requests.Select(request => request.RequestId).Distinct().Count());
    }

    [Fact]
    public async Task Enumerating_every_customer_item_by_item_gives_the_same_250()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        await using var client = TestClients.Create(emulator);

        var ids = new List<string>();
        await foreach (var customer in client.Customers.ListCustomersPagedAsync(size: PageSize))
        {
            ids.Add(customer.Id);
        }

        Assert.Equal(7, ListRequests(emulator).Count);
        Assert.Equal(await AllCustomerIdsAsync(client.Customers), ids);
    }

    [Fact]
    public async Task Pages_are_requested_only_as_the_enumeration_reaches_them()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        await using var client = TestClients.Create(emulator);

        var customers = client.Customers.ListCustomersPagedAsync(size: PageSize);
        Assert.Empty(ListRequests(emulator));

        // The emulator logs a request before its answer starts, so once an item is in hand its page's request is logged.
        var items = customers.GetAsyncEnumerator();
        await using (items)
        {
            Assert.True(await items.MoveNextAsync());
            Assert.Single(ListRequests(emulator));
            for (var read = 1; read < PageSize; read++)
            {
                Assert.True(await items.MoveNextAsync());
            }

            // The whole first page read: still one request, no page fetched ahead.
            Assert.Single(ListRequests(emulator));
            Assert.True(await items.MoveNextAsync());
            Assert.Equal(2, ListRequests(emulator).Count);
        }

        // Page by page, stopping after the third: three requests; then nothing more, even after another call.
        var pagesRead = 0;
        await foreach (var page in customers.AsPages())
        {
            if (++pagesRead == 3)
            {
                break;
            }
        }

        await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);
        Assert.Equal(5, ListRequests(emulator).Count);
        Assert.Single(emulator.CustomerRequests(), request => request.Path != "/v1/customers");
    }

    [Fact]
    public async Task A_saved_continuation_token_resumes_in_a_new_client_exactly_where_the_listing_stopped()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        var before = new List<string>();
        string? saved = null;
        await using (var first = TestClients.Create(emulator))
        {
            await foreach (var page in first.Customers.ListCustomersPagedAsync(size: PageSize).AsPages())
            {
                before.AddRange(page.Values.Select(customer => customer.Id));
                if (before.Count == 3 * PageSize)
                {
                    saved = page.ContinuationToken;
                    break;
                }
            }
        }

        Assert.NotNull(saved);
        Assert.Equal(3, ListRequests(emulator).Count);

        // Another client, this one from dependency injection, given only the saved text.
        var services = new ServiceCollection();
        services.AddPartnerCenterCustomers(options => TestClients.Configure(options, emulator));
        await using var provider = services.BuildServiceProvider();
        var customers = provider.GetRequiredService<IPartnerCenterCustomersApi>();
        var after = new List<string>();
        var resumedPages = 0;
        await foreach (var page in customers.ListCustomersPagedAsync(size: PageSize).AsPages(saved))
        {
            resumedPages++;
            after.AddRange(page.Values.Select(customer => customer.Id));
        }

        Assert.Equal(4, resumedPages);
        Assert.Equal(EmulatorOptions.DefaultCustomerCount - (3 * PageSize), after.Count);
        var requests = ListRequests(emulator);
        Assert.Equal(7, requests.Count);
        // The resumed pager's first request is the one the third page's link described, with that page's token.
        Assert.Equal("?size=40&seekOperation=Next", requests[3].QueryString);
        Assert.Equal(LinkedToken(saved), requests[3].Headers[ContinuationTokenHeader]);

        // No customer missed, none repeated, in list order across the two clients.
        Assert.Equal(await AllCustomerIdsAsync(customers), [.. before, .. after]);
    }

    [Fact]
    public async Task A_search_with_the_typed_filter_pages_through_exactly_the_emulators_matches()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        await using var client = TestClients.Create(emulator);
        var filter = new CustomerFilter { Field = CustomerSearchField.CompanyName, Value = "co", Operator = CustomerFilterOperator.StartsWith };
        // The matches worked out here from every customer: company names starting with "co", ignoring case.
        var all = await client.Customers.ListCustomersAsync(size: 500);
        var expected = all.Items
            .Where(customer => customer.CompanyProfile?.CompanyName?.StartsWith("co", StringComparison.OrdinalIgnoreCase) == true)
            .Select(customer => customer.Id)
            .ToList();
        Assert.True(expected.Count > 10, $"Only {expected.Count} customers match: too few for several pages of 5.");
        emulator.ClearRequests();

        var pages = new List<Page<Customer>>();
        await foreach (var page in client.Customers.ListCustomersPagedAsync(size: 5, filter: filter).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(expected, pages.SelectMany(page => page.Values).Select(customer => customer.Id));
        Assert.Equal((expected.Count + 4) / 5, pages.Count);
        Assert.All(pages[..^1], page => Assert.Equal(5, page.Values.Count));

        // The filter went out once, as the JSON text the spec documents; the next pages carry the search in their token.
        var requests = ListRequests(emulator);
        Assert.Equal(pages.Count, requests.Count);
        var firstQuery = HttpUtility.ParseQueryString(requests[0].QueryString);
        Assert.Equal("5", firstQuery["size"]);
        Assert.Equal("""{"Field":"CompanyName","Value":"co","Operator":"starts_with"}""", firstQuery["filter"]);
        Assert.All(requests.Skip(1), request => Assert.Null(HttpUtility.ParseQueryString(request.QueryString)["filter"]));
        Assert.All(requests.Skip(1), request => Assert.Equal("Next", HttpUtility.ParseQueryString(request.QueryString)["seekOperation"]));
    }

    [Theory]
    [InlineData("CompanyName", "Cont", new[] { "c5757d70-06f3-4f23-8367-5a9e55019f94", "7b26b357-9ca3-48b8-a58e-4febe2662a5d", "bfbd6ef0-311f-47ec-bbd7-0fcb7846661b" })]
    [InlineData("IndirectReseller", "484e548c-f5f3-4528-93a9-c16c6373cb59", new[] { "53eb21cb-6b2d-4ee5-9e92-27dfc927e93c", "3dfe847b-cad9-4fc1-86d3-cf16c2790087" })]
    [InlineData("Domain", "no-such-domain-prefix", new string[0])]
    public async Task The_documented_searches_find_the_documented_customers_in_one_page(string field, string value, string[] expected)
    {
        // The filters of spec/samples/list-customers-by-company-name.filter.json and list-customers-of-indirect-reseller.filter.json,
        // whose documented answers list these customers; and a search that finds nothing.
        await using var emulator = await StartAsync(new FakeTimeProvider());
        await using var client = TestClients.Create(emulator);
        var filter = new CustomerFilter { Field = new CustomerSearchField(field), Value = value, Operator = CustomerFilterOperator.StartsWith };

        var pages = new List<Page<Customer>>();
        await foreach (var page in client.Customers.ListCustomersPagedAsync(filter: filter).AsPages())
        {
            pages.Add(page);
        }

        var only = Assert.Single(pages);
        Assert.Equal(expected, only.Values.Select(customer => customer.Id));
        Assert.Null(only.ContinuationToken);
        Assert.Single(ListRequests(emulator));
    }

    [Fact]
    public async Task An_expired_token_met_mid_enumeration_is_a_PartnerCenterException_400()
    {
        var emulatorClock = new FakeTimeProvider();
        await using var emulator = await StartAsync(emulatorClock);
        await using var client = TestClients.Create(emulator);
        var read = new List<string>();

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(async () =>
        {
            await foreach (var customer in client.Customers.ListCustomersPagedAsync(size: PageSize))
            {
                read.Add(customer.Id);
                if (read.Count == PageSize)
                {
                    // The first page is read; its token outlives its lifetime before the second page is asked for.
                    emulatorClock.Advance(TokenLifetime + TimeSpan.FromSeconds(1));
                }
            }
        });

        Assert.Equal(PageSize, read.Count);
        AssertExpiredTokenRefused(failure);
        var requests = ListRequests(emulator);
        Assert.Equal(new int?[] { 200, 400 }, requests.Select(request => request.StatusCode));
        Assert.Equal("?size=40&seekOperation=Next", requests[1].QueryString);
    }

    [Fact]
    public async Task A_saved_token_resumed_after_its_lifetime_is_a_PartnerCenterException_400_and_the_first_page_still_works()
    {
        var emulatorClock = new FakeTimeProvider();
        await using var emulator = await StartAsync(emulatorClock);
        await using var client = TestClients.Create(emulator);
        string? saved = null;
        await foreach (var page in client.Customers.ListCustomersPagedAsync(size: PageSize).AsPages())
        {
            saved = page.ContinuationToken;
            break;
        }

        Assert.NotNull(saved);

        // Just inside the lifetime the saved token resumes; past it, the same text is refused.
        emulatorClock.Advance(TokenLifetime - TimeSpan.FromSeconds(1));
        var resumed = await FirstPageAsync(client.Customers.ListCustomersPagedAsync(size: PageSize).AsPages(saved));
        emulatorClock.Advance(TimeSpan.FromSeconds(1));
        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => FirstPageAsync(client.Customers.ListCustomersPagedAsync(size: PageSize).AsPages(saved)));

        Assert.Equal(PageSize, resumed.Values.Count);
        AssertExpiredTokenRefused(failure);

        // What the error says to do works: listing again from the first page.
        var again = await FirstPageAsync(client.Customers.ListCustomersPagedAsync(size: PageSize).AsPages());
        Assert.Equal(PageSize, again.Values.Count);
        Assert.Equal(new int?[] { 200, 200, 400, 200 }, ListRequests(emulator).Select(request => request.StatusCode));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cancelling_between_items_stops_the_enumeration_without_another_request(bool tokenGivenToThePagedCall)
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        await using var client = TestClients.Create(emulator, clock: new TestClock());
        using var cancellation = new CancellationTokenSource();
        var read = new List<string>();
        // The token stops the items whether it is given to the paged call or to the enumeration.
        var customers = tokenGivenToThePagedCall
            ? client.Customers.ListCustomersPagedAsync(size: PageSize, cancellationToken: cancellation.Token).WithCancellation(CancellationToken.None)
            : client.Customers.ListCustomersPagedAsync(size: PageSize).WithCancellation(cancellation.Token);

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var customer in customers)
            {
                read.Add(customer.Id);
                if (read.Count == PageSize + 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        // Stopped at the next item: the rest of the second page is not handed out and no third page is requested.
        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.Equal(PageSize + 5, read.Count);
        Assert.Equal(2, ListRequests(emulator).Count);
    }

    [Fact]
    public async Task Cancelling_the_token_given_to_the_pager_stops_it_before_the_next_page_is_requested()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        await using var client = TestClients.Create(emulator, clock: new TestClock());
        using var cancellation = new CancellationTokenSource();
        var pagesRead = 0;

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var page in client.Customers.ListCustomersPagedAsync(size: PageSize, cancellationToken: cancellation.Token).AsPages())
            {
                if (++pagesRead == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.Equal(2, pagesRead);
        Assert.Equal(2, ListRequests(emulator).Count);
    }

    [Fact]
    public async Task Cancelling_while_a_page_request_is_in_flight_ends_the_enumeration_with_OperationCanceledException()
    {
        // Every answer is held for a second of the emulator's clock, which only this test moves; the client's own clock
        // never moves either, so neither an answer nor a client timeout can end the held request: only the cancellation.
        var latency = TimeSpan.FromSeconds(1);
        var emulatorClock = new FakeTimeProvider();
        await using var emulator = await StartAsync(emulatorClock, new FaultOptions { LatencyMilliseconds = (int)latency.TotalMilliseconds });
        await using var client = TestClients.Create(emulator, clock: new TestClock());
        using var cancellation = new CancellationTokenSource();
        var pages = client.Customers.ListCustomersPagedAsync(size: PageSize).AsPages().GetAsyncEnumerator(cancellation.Token);
        await using (pages)
        {
            var first = pages.MoveNextAsync().AsTask();
            await emulator.WaitForHeldRequestsAsync(1);
            emulatorClock.Advance(latency);
            Assert.True(await first);
            Assert.Equal(PageSize, pages.Current.Values.Count);

            var second = pages.MoveNextAsync().AsTask();
            await emulator.WaitForHeldRequestsAsync(1);
            await cancellation.CancelAsync();

            var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
            Assert.Equal(cancellation.Token, exception.CancellationToken);
        }

        // The held second request is the last one the emulator received: the pager did not go on.
        var requests = await emulator.WaitForRequestsAsync(2);
        Assert.Equal(2, requests.Count);
        Assert.Equal(200, requests[0].StatusCode);
        Assert.Null(requests[1].StatusCode);
        Assert.Equal("?size=40&seekOperation=Next", requests[1].QueryString);
    }

    private static Task<PartnerCenterEmulator> StartAsync(FakeTimeProvider clock, FaultOptions? faults = null) =>
        PartnerCenterEmulator.StartAsync(new EmulatorOptions { Port = 0, Faults = faults ?? new FaultOptions() }, clock);

    /// <summary>The list requests the emulator received, oldest first (logged before each answer starts).</summary>
    private static List<RecordedRequest> ListRequests(PartnerCenterEmulator emulator) =>
        [.. emulator.CustomerRequests().Where(request => request.Method == "GET" && request.Path == "/v1/customers")];

    /// <summary>Every customer id in list order, from the one answer of the largest page, which has no next link.</summary>
    private static async Task<List<string>> AllCustomerIdsAsync(IPartnerCenterCustomersApi customers)
    {
        var all = await customers.ListCustomersAsync(size: 500);
        Assert.Null(all.Links?.Next);
        return [.. all.Items.Select(customer => customer.Id)];
    }

    /// <summary>The <c>MS-ContinuationToken</c> of the next-page link a pager's continuation token stands for.</summary>
    private static string? LinkedToken(string pagerToken) => PageLink.FromContinuationToken(pagerToken).Header(ContinuationTokenHeader);

    private static async Task<Page<Customer>> FirstPageAsync(IAsyncEnumerable<Page<Customer>> pages)
    {
        await foreach (var page in pages)
        {
            return page;
        }

        throw new InvalidOperationException("The pager gave no page.");
    }

    private static void AssertExpiredTokenRefused(PartnerCenterException failure)
    {
        Assert.Equal(PartnerCenterFailureKind.ErrorResponse, failure.Kind);
        Assert.Equal(400, failure.StatusCode);
        Assert.Equal("3000", failure.ErrorCode);
        Assert.Contains("expired", failure.ErrorDescription, StringComparison.Ordinal);
        Assert.Equal(1, failure.Attempts);
        Assert.Equal("GET", failure.Method);
        Assert.Equal("/v1/customers", failure.Path);
        Assert.IsNotType<JsonException>(failure.InnerException);
    }
}
