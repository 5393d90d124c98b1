using System.Text.Json;

namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// x-pageable with links of kind link (Specs/paging/link-kind.yaml), generated, compiled and run against a
/// loopback server: every item once, pages fetched lazily, cancellation, resuming from a continuation token,
/// the link's headers sent, everything through the client's own pipeline, and a typed error for a link the
/// operation cannot follow.
/// </summary>
public sealed class LinkPagingTests
{
    private const string DriverSource = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using LinkPaging.Client;

        public static class Driver
        {
            private static readonly ItemFilter Filter = new() { Field = "name", Value = "a b/c" };

            // The client as a consumer builds it: Refit's generated implementation, with a handler of its own in the pipeline.
            private static IStoreApi Client(Uri baseAddress)
                => Refit.RestService.ForGenerated<IStoreApi>(new HttpClient(new PipelineHandler { InnerHandler = new HttpClientHandler() }) { BaseAddress = baseAddress }, StoreJsonContext.Default);

            public static async Task<string[]> All(Uri baseAddress, int size)
            {
                var ids = new List<string>();
                await foreach (var item in Client(baseAddress).ListItemsPagedAsync("t1", size: size, filter: Filter, xCaller: "caller"))
                {
                    ids.Add(item.Id);
                }

                return ids.ToArray();
            }

            public static async Task<string[]> Take(Uri baseAddress, int count)
            {
                var ids = new List<string>();
                await foreach (var item in Client(baseAddress).ListItemsPagedAsync("t1", size: 3))
                {
                    ids.Add(item.Id);
                    if (ids.Count == count)
                    {
                        break;
                    }
                }

                return ids.ToArray();
            }

            public static Task<string[]> CreateOnly(Uri baseAddress)
            {
                _ = Client(baseAddress).ListItemsPagedAsync("t1", size: 3);
                return Task.FromResult(Array.Empty<string>());
            }

            /// <summary>Cancels after <paramref name="count"/> items and keeps enumerating.</summary>
            public static async Task<string[]> CancelAfter(Uri baseAddress, int count, List<string> seen)
            {
                using var source = new CancellationTokenSource();
                await foreach (var item in Client(baseAddress).ListItemsPagedAsync("t1", size: 3).WithCancellation(source.Token))
                {
                    seen.Add(item.Id);
                    if (seen.Count == count)
                    {
                        source.Cancel();
                    }
                }

                return seen.ToArray();
            }

            public static async Task<string[]> AllWithToken(Uri baseAddress, CancellationToken cancellationToken, List<string> seen)
            {
                await foreach (var item in Client(baseAddress).ListItemsPagedAsync("t1", size: 3, cancellationToken: cancellationToken))
                {
                    seen.Add(item.Id);
                }

                return seen.ToArray();
            }

            /// <summary>Each page as "id,id,...|token".</summary>
            public static async Task<string[]> Pages(Uri baseAddress, string? continuationToken)
            {
                var pages = new List<string>();
                await foreach (var page in Client(baseAddress).ListItemsPagedAsync("t1", size: 3, filter: Filter, xCaller: "caller").AsPages(continuationToken))
                {
                    pages.Add(string.Join(",", page.Values.Select(v => v.Id)) + "|" + page.ContinuationToken);
                }

                return pages.ToArray();
            }

            public static async Task<string> FirstToken(Uri baseAddress)
            {
                await foreach (var page in Client(baseAddress).ListItemsPagedAsync("t1", size: 3, filter: Filter).AsPages())
                {
                    return page.ContinuationToken!;
                }

                throw new InvalidOperationException("No page");
            }

            public static async Task<string[]> Resume(Uri baseAddress, string continuationToken)
            {
                var ids = new List<string>();
                await foreach (var page in Client(baseAddress).ListItemsPagedAsync("t1", xCaller: "resumed").AsPages(continuationToken))
                {
                    ids.AddRange(page.Values.Select(v => v.Id));
                }

                return ids.ToArray();
            }

            public static Task<string[]> BadToken(Uri baseAddress)
            {
                _ = Client(baseAddress).ListItemsPagedAsync("t1").AsPages("{not json");
                return Task.FromResult(Array.Empty<string>());
            }

            public static Task<string> FilterText() => Task.FromResult($"{Filter}");

            private sealed class PipelineHandler : DelegatingHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    request.Headers.Add("X-Pipeline", "yes");
                    return base.SendAsync(request, cancellationToken);
                }
            }
        }
        """;

    private static readonly Lazy<CompiledPagingClient> Client = new(() => CompiledPagingClient.Load("link-kind.yaml", "LinkPaging.Client", DriverSource));

    [Fact]
    public async Task Every_item_comes_exactly_once_across_pages_in_order()
    {
        var service = new ItemService { Total = 7 };
        using var server = new LoopbackServer(service.RespondAsync);

        var ids = await Client.Value.CallAsync<string[]>("All", server.BaseAddress, 3);

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"item-{i}"), ids);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task The_next_request_is_the_same_operation_with_the_link_s_query_and_headers_and_the_caller_s_headers()
    {
        var service = new ItemService { Total = 5 };
        using var server = new LoopbackServer(service.RespondAsync);

        await Client.Value.CallAsync<string[]>("All", server.BaseAddress, 3);

        var (first, second) = (server.Requests[0], server.Requests[1]);
        Assert.Equal("/tenants/t1/items", second.Path);
        Assert.Equal(("3", "Next"), (second.Query["size"], second.Query["seek"]));
        Assert.Equal("3", second.Header("X-Continuation"));
        Assert.Null(first.Header("X-Continuation"));
        Assert.Equal(("caller", "caller"), (first.Header("X-Caller"), second.Header("X-Caller")));
    }

    [Fact]
    public async Task A_JSON_filter_is_sent_as_JSON_text_and_read_back_from_the_link_unchanged()
    {
        var service = new ItemService { Total = 5 };
        using var server = new LoopbackServer(service.RespondAsync);

        await Client.Value.CallAsync<string[]>("All", server.BaseAddress, 3);

        // The link carries it form-encoded ('+' for spaces); the pager reads it back and sends it again.
        Assert.All(server.Requests, r => Assert.Equal("""{"field":"name","value":"a b/c"}""", r.Query["filter"]));
        Assert.Contains("filter=%7B%22field%22%3A%22name%22%2C%22value%22%3A%22a%20b%2Fc%22%7D", server.Requests[0].RawQuery, StringComparison.Ordinal);
        Assert.Equal("""{"field":"name","value":"a b/c"}""", await Client.Value.CallAsync<string>("FilterText"));
    }

    [Fact]
    public async Task Pages_are_fetched_only_when_the_enumeration_reaches_them()
    {
        var service = new ItemService { Total = 9 };
        using var server = new LoopbackServer(service.RespondAsync);

        await Client.Value.CallAsync<string[]>("CreateOnly", server.BaseAddress);
        Assert.Empty(server.Requests);

        Assert.Equal(["item-0", "item-1", "item-2"], await Client.Value.CallAsync<string[]>("Take", server.BaseAddress, 3));
        Assert.Single(server.Requests);

        Assert.Equal(4, (await Client.Value.CallAsync<string[]>("Take", server.BaseAddress, 4)).Length);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Cancelling_between_items_stops_the_enumeration_before_the_next_item_and_the_next_page()
    {
        var service = new ItemService { Total = 9 };
        using var server = new LoopbackServer(service.RespondAsync);
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.Value.CallAsync<string[]>("CancelAfter", server.BaseAddress, 2, seen));

        Assert.Equal(["item-0", "item-1"], seen);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Cancelling_while_a_page_is_requested_cancels_that_request()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var service = new ItemService { Total = 9, NextPageArrived = arrived };
        using var server = new LoopbackServer(service.RespondAsync);
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string>();

        var enumeration = Client.Value.CallAsync<string[]>("AllWithToken", server.BaseAddress, cancellation.Token, seen);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => enumeration);
        service.Release.TrySetResult();
        Assert.Equal(["item-0", "item-1", "item-2"], seen);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Each_page_carries_the_token_of_the_next_and_the_last_page_none()
    {
        var service = new ItemService { Total = 7 };
        using var server = new LoopbackServer(service.RespondAsync);

        var pages = await Client.Value.CallAsync<string[]>("Pages", server.BaseAddress, null);

        Assert.Equal(["item-0,item-1,item-2", "item-3,item-4,item-5", "item-6"], pages.Select(p => p.Split('|')[0]));
        Assert.Equal("", pages[2].Split('|')[1]);
        using var token = JsonDocument.Parse(pages[0].Split('|')[1]);
        Assert.Equal("3", token.RootElement.GetProperty("headers")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_saved_continuation_token_resumes_at_the_page_it_points_to_in_a_new_pager()
    {
        var service = new ItemService { Total = 8 };
        using var server = new LoopbackServer(service.RespondAsync);
        var token = await Client.Value.CallAsync<string>("FirstToken", server.BaseAddress);

        var resumed = await Client.Value.CallAsync<string[]>("Resume", server.BaseAddress, token);

        Assert.Equal(Enumerable.Range(3, 5).Select(i => $"item-{i}"), resumed);
        var firstResumed = server.Requests[1];
        Assert.Equal(("Next", "3"), (firstResumed.Query["seek"], firstResumed.Header("X-Continuation")));
        Assert.Equal("""{"field":"name","value":"a b/c"}""", firstResumed.Query["filter"]);
        Assert.Equal("resumed", firstResumed.Header("X-Caller"));
    }

    [Fact]
    public async Task A_string_that_is_not_a_continuation_token_is_refused_when_it_is_passed()
        => await Assert.ThrowsAsync<ArgumentException>(() => Client.Value.CallAsync<string[]>("BadToken", new Uri("http://127.0.0.1:9/")));

    [Fact]
    public async Task Every_page_request_goes_through_the_client_s_handlers_and_fails_with_its_errors()
    {
        var service = new ItemService { Total = 9, FailingRequest = 2 };
        using var server = new LoopbackServer(service.RespondAsync);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Client.Value.CallAsync<string[]>("All", server.BaseAddress, 3));

        Assert.Equal("ApiException", failure.GetType().Name);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("yes", r.Header("X-Pipeline")));
    }

    [Fact]
    public async Task A_link_with_a_query_parameter_the_operation_does_not_declare_fails_with_PageLinkException_before_sending()
    {
        var service = new ItemService { Total = 7, ExtraLinkQuery = "&bogus=1" };
        using var server = new LoopbackServer(service.RespondAsync);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Client.Value.CallAsync<string[]>("All", server.BaseAddress, 3));

        Assert.Equal("PageLinkException", failure.GetType().Name);
        Assert.StartsWith("The next page of 'listItems' cannot be requested: its link carries the query parameter 'bogus'", failure.Message, StringComparison.Ordinal);
        Assert.Equal("bogus", failure.GetType().GetProperty("Name")!.GetValue(failure));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_link_asking_for_a_header_the_operation_does_not_declare_fails_with_PageLinkException()
    {
        var service = new ItemService { Total = 7, ExtraLinkHeaders = [("X-Secret-Route", "1")] };
        using var server = new LoopbackServer(service.RespondAsync);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Client.Value.CallAsync<string[]>("All", server.BaseAddress, 3));

        Assert.Equal("PageLinkException", failure.GetType().Name);
        Assert.Contains("the header 'X-Secret-Route'", failure.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_link_naming_another_method_or_a_value_of_the_wrong_type_fails_with_PageLinkException()
    {
        var post = new ItemService { Total = 7, LinkMethod = "POST" };
        using (var server = new LoopbackServer(post.RespondAsync))
        {
            var failure = await Assert.ThrowsAnyAsync<Exception>(() => Client.Value.CallAsync<string[]>("All", server.BaseAddress, 3));
            Assert.Equal("The next page of 'listItems' cannot be requested: its link names the method 'POST', and the operation is GET.", failure.Message);
        }

        var repeated = new ItemService { Total = 7, ExtraLinkQuery = "&size=x" };
        using (var server = new LoopbackServer(repeated.RespondAsync))
        {
            var failure = await Assert.ThrowsAnyAsync<Exception>(() => Client.Value.CallAsync<string[]>("All", server.BaseAddress, 3));
            Assert.Equal("The next-page link repeats the query parameter 'size', which takes one value.", failure.Message);
        }
    }

    [Fact]
    public async Task A_link_header_that_names_a_declared_header_replaces_the_caller_s_value()
    {
        var service = new ItemService { Total = 5, ExtraLinkHeaders = [("x-caller", "from-link")] };
        using var server = new LoopbackServer(service.RespondAsync);

        await Client.Value.CallAsync<string[]>("All", server.BaseAddress, 3);

        Assert.Equal(("caller", "from-link"), (server.Requests[0].Header("X-Caller"), server.Requests[1].Header("X-Caller")));
    }
}
