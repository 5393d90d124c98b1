namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// x-pageable with next links that are URLs at a dotted path (Specs/paging/url-kind.yaml), run against a
/// loopback server: only the link's query is used, mapped onto typed parameters (a skip token, a number,
/// a comma-separated array, a date), host and path stay the operation's; the continuation token is the URL.
/// </summary>
public sealed class UrlPagingTests
{
    private const string DriverSource = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using UrlPaging.Client;

        public static class Driver
        {
            private static IStoreApi Client(Uri baseAddress)
                => Refit.RestService.ForGenerated<IStoreApi>(new HttpClient { BaseAddress = baseAddress }, StoreJsonContext.Default);

            public static async Task<string[]> All(Uri baseAddress, string apiVersion)
            {
                var names = new List<string>();
                var since = new DateTimeOffset(2023, 12, 31, 0, 0, 0, TimeSpan.Zero);
                await foreach (var thing in Client(baseAddress).ListThingsPagedAsync(apiVersion, top: 2, tags: new[] { "x" }, since: since))
                {
                    names.Add(thing.Name);
                }

                return names.ToArray();
            }

            public static async Task<string[]> Tokens(Uri baseAddress)
            {
                var tokens = new List<string>();
                await foreach (var page in Client(baseAddress).ListThingsPagedAsync("v1", top: 2).AsPages())
                {
                    tokens.Add(page.ContinuationToken ?? "(none)");
                }

                return tokens.ToArray();
            }
        }
        """;

    private static readonly Lazy<CompiledPagingClient> Client = new(() => CompiledPagingClient.Load("url-kind.yaml", "UrlPaging.Client", DriverSource));

    [Fact]
    public async Task Every_item_comes_once_and_every_page_goes_to_the_operation_s_own_host_and_path()
    {
        using var server = new LoopbackServer(new ThingService { Total = 5 }.Respond);

        var names = await Client.Value.CallAsync<string[]>("All", server.BaseAddress, "v1");

        Assert.Equal(["thing-0", "thing-1", "thing-2", "thing-3", "thing-4"], names);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("/v2/things", r.Path));
    }

    [Fact]
    public async Task The_link_s_query_values_fill_the_typed_parameters_and_replace_the_caller_s()
    {
        using var server = new LoopbackServer(new ThingService { Total = 5 }.Respond);

        await Client.Value.CallAsync<string[]>("All", server.BaseAddress, "v1");

        var (first, second) = (server.Requests[0], server.Requests[1]);
        Assert.Equal(("v1", null, "x", "2023-12-31T00:00:00.0000000+00:00"), (first.Query["api-version"], first.Query["$skiptoken"], first.Query["tags"], first.Query["since"]));
        Assert.Equal(("2024-01-01", "2", "2", "a,b"), (second.Query["api-version"], second.Query["$skiptoken"], second.Query["top"], second.Query["tags"]));
        Assert.Equal("2024-01-02T03:04:05.0000000+00:00", second.Query["since"]);
    }

    [Fact]
    public async Task A_required_query_parameter_the_link_leaves_out_keeps_the_caller_s_value()
    {
        using var server = new LoopbackServer(new ThingService { Total = 5, LinkCarriesApiVersion = false }.Respond);

        await Client.Value.CallAsync<string[]>("All", server.BaseAddress, "v1");

        Assert.All(server.Requests, r => Assert.Equal("v1", r.Query["api-version"]));
    }

    [Fact]
    public async Task A_relative_link_is_followed_the_same_way()
    {
        using var server = new LoopbackServer(new ThingService { Total = 3, LinkBase = "things" }.Respond);

        Assert.Equal(["thing-0", "thing-1", "thing-2"], await Client.Value.CallAsync<string[]>("All", server.BaseAddress, "v1"));
        Assert.Equal("/v2/things", server.Requests[1].Path);
    }

    [Fact]
    public async Task The_continuation_token_of_a_URL_link_is_the_URL_itself()
    {
        using var server = new LoopbackServer(new ThingService { Total = 3 }.Respond);

        var tokens = await Client.Value.CallAsync<string[]>("Tokens", server.BaseAddress);

        Assert.Equal(["http://elsewhere.invalid/other/path?api-version=2024-01-01&$skiptoken=2&top=2&tags=a,b&since=2024-01-02T03:04:05Z", "(none)"], tokens);
    }
}
