using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// The customers spec's list operation, generated, compiled and run against a loopback server that answers
/// with the documented samples: the pager follows <c>links.next</c> the way the spec's next-page transcript
/// (spec/samples/list-customers.next-page.http) shows, and the typed filter goes on the wire exactly as the
/// documented search request (spec/samples/list-customers-by-company-name.http) has it.
/// </summary>
public sealed class CustomersPagingTests
{
    private const string DriverSource = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;
        using PartnerCenter.Customers;

        public static class Driver
        {
            private static IPartnerCenterCustomersApi Client(Uri baseAddress)
                => Refit.RestService.ForGenerated<IPartnerCenterCustomersApi>(new HttpClient { BaseAddress = baseAddress }, PartnerCenterCustomersJsonContext.Default);

            public static async Task<string[]> List(Uri baseAddress)
            {
                var ids = new List<string>();
                await foreach (var customer in Client(baseAddress).ListCustomersPagedAsync(size: 40))
                {
                    ids.Add(customer.Id);
                }

                return ids.ToArray();
            }

            public static async Task<string[]> Search(Uri baseAddress)
            {
                var filter = new CustomerFilter { Field = CustomerSearchField.CompanyName, Value = "Cont", Operator = CustomerFilterOperator.StartsWith };
                var ids = new List<string>();
                await foreach (var customer in Client(baseAddress).ListCustomersPagedAsync(size: 0, filter: filter))
                {
                    ids.Add(customer.Id);
                }

                return ids.ToArray();
            }
        }
        """;

    private static readonly Lazy<CompiledPagingClient> Client = new(() =>
        CompiledPagingClient.LoadFile(TestPaths.CustomersSpec, "PartnerCenter.Customers", "PartnerCenterCustomers", DriverSource));

    private static string Sample(string name) => File.ReadAllText(Path.Combine(TestPaths.SpecFolder, "samples", name));

    [Fact]
    public async Task The_next_page_is_requested_as_the_spec_s_next_page_transcript_shows()
    {
        var withNext = Sample("list-customers.with-next-link.response.json");
        var last = Sample("list-customers.response.json");
        using var server = new LoopbackServer(request => ServerResponse.Json(request.Header("MS-ContinuationToken") is null ? withNext : last));

        var ids = await Client.Value.CallAsync<string[]>("List", server.BaseAddress);

        Assert.Equal(4, ids.Length);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(("/v1/customers", "size=40"), (server.Requests[0].Path, server.Requests[0].RawQuery));

        // GET https://api.partnercenter.microsoft.com/v1/customers?size=40&seekOperation=Next, MS-ContinuationToken: AQAAAA==
        var next = server.Requests[1];
        Assert.Equal(("GET", "/v1/customers", "size=40&seekOperation=Next"), (next.Method, next.Path, next.RawQuery));
        Assert.Equal("AQAAAA==", next.Header("MS-ContinuationToken"));
    }

    [Fact]
    public async Task A_typed_filter_is_sent_as_the_documented_search_request_sends_it()
    {
        using var server = new LoopbackServer(_ => ServerResponse.Json(Sample("list-customers-by-company-name.response.json")));

        var ids = await Client.Value.CallAsync<string[]>("Search", server.BaseAddress);

        Assert.NotEmpty(ids);
        Assert.Equal(
            "size=0&filter=%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22Cont%22%2C%22Operator%22%3A%22starts_with%22%7D",
            server.Requests.Single().RawQuery);
    }
}
