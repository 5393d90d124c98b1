namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// AutoRest's x-ms-pageable in a Swagger 2.0 description (Specs/paging/ms-pageable.yaml), run against a
/// loopback server: "@odata.nextLink" is one property (a dot in a name, not a path), items default to
/// "value", and nextLinkName null means one page whatever the response holds.
/// </summary>
public sealed class MsPageableTests
{
    private const string DriverSource = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;
        using MsPaging.Client;

        public static class Driver
        {
            private static IStoreApi Client(Uri baseAddress)
                => Refit.RestService.ForGenerated<IStoreApi>(new HttpClient { BaseAddress = baseAddress }, StoreJsonContext.Default);

            public static async Task<string[]> List(Uri baseAddress)
            {
                var names = new List<string>();
                await foreach (var widget in Client(baseAddress).WidgetsListPagedAsync("1"))
                {
                    names.Add(widget.Name);
                }

                return names.ToArray();
            }

            public static async Task<string[]> ListAll(Uri baseAddress)
            {
                var names = new List<string>();
                await foreach (var widget in Client(baseAddress).WidgetsListAllPagedAsync())
                {
                    names.Add(widget.Name);
                }

                return names.ToArray();
            }
        }
        """;

    private static readonly Lazy<CompiledPagingClient> Client = new(() => CompiledPagingClient.Load("ms-pageable.yaml", "MsPaging.Client", DriverSource));

    [Fact]
    public async Task The_odata_next_link_is_followed_until_a_page_has_none()
    {
        using var server = new LoopbackServer(request => request.Query["$skipToken"] switch
        {
            null => ServerResponse.Json("""{"value":[{"name":"a"},{"name":"b"}],"@odata.nextLink":"widgets?api-version=1&$skipToken=p2"}"""),
            "p2" => ServerResponse.Json("""{"value":[{"name":"c"}],"@odata.nextLink":"widgets?api-version=1&$skipToken=p3"}"""),
            _ => ServerResponse.Json("""{"value":[]}"""),
        });

        Assert.Equal(["a", "b", "c"], await Client.Value.CallAsync<string[]>("List", server.BaseAddress));
        Assert.Equal([null, "p2", "p3"], server.Requests.Select(r => r.Query["$skipToken"]));
        Assert.All(server.Requests, r => Assert.Equal("/widgets", r.Path));
    }

    [Fact]
    public async Task A_single_page_operation_requests_one_page_whatever_the_response_holds()
    {
        using var server = new LoopbackServer(_ => ServerResponse.Json("""{"widgets":[{"name":"a"},{"name":"b"}],"nextLink":"widgets/all?page=2"}"""));

        Assert.Equal(["a", "b"], await Client.Value.CallAsync<string[]>("ListAll", server.BaseAddress));
        Assert.Single(server.Requests);
    }

    [Fact]
    public void The_pagers_are_named_after_the_operations_beside_their_Refit_methods()
    {
        var pagers = Client.Value.Text("StoreApiPaging.g.cs");
        Assert.Contains("AsyncPageable<global::MsPaging.Client.Widget> WidgetsListPagedAsync(", pagers, StringComparison.Ordinal);
        Assert.Contains("AsyncPageable<global::MsPaging.Client.Widget> WidgetsListAllPagedAsync(", pagers, StringComparison.Ordinal);
        Assert.Contains("response = await api.WidgetsListAsync(", pagers, StringComparison.Ordinal);
    }
}
