using Codegen.Generator.Tests.Infrastructure;
using Codegen.Generator.Tests.Operations;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.OpenApi32;

/// <summary>
/// A client whose operations are all sent over HttpClient (here one <c>query</c> operation) has no method Refit
/// implements, so Refit's generator writes no implementation for it. The generated implementation registers itself
/// with Refit, and the client is created as users create any Refit client; the request arrives over a real socket.
/// </summary>
public sealed class QueryOnlyClientTests
{
    private const string Spec = """
        openapi: 3.2.0
        info: { title: Things, version: "1" }
        paths:
          /things:
            query:
              operationId: searchThings
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Filter' }
              responses:
                "200":
                  description: The matching things
                  content:
                    application/json:
                      schema: { type: array, items: { type: string } }
        components:
          schemas:
            Filter: { type: object, properties: { name: { type: string } } }
        """;

    private const string Driver = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Schemas.Client;

        public static class Driver
        {
            public static async Task<string> WithFor(Uri baseAddress)
            {
                var api = Refit.RestService.For<IThingsApi>(new HttpClient { BaseAddress = baseAddress }, new Refit.RefitSettings());
                return string.Join(",", await api.SearchThingsAsync(new Filter { Name = "rex" }));
            }

            public static async Task<string> WithForGenerated(Uri baseAddress)
            {
                var api = Refit.RestService.ForGenerated<IThingsApi>(new HttpClient { BaseAddress = baseAddress }, ThingsJsonContext.Default);
                return string.Join(",", await api.SearchThingsAsync(new Filter { Name = "rex" }));
            }
        }
        """;

    private static readonly Lazy<GeneratedModels> Models = new(() => GeneratedModels.FromText(Spec, Driver));

    [Theory]
    [InlineData("WithFor")]
    [InlineData("WithForGenerated")]
    public async Task A_client_with_only_query_operations_is_created_by_Refit_and_sends_over_the_socket(string creation)
    {
        using var server = new CapturingServer("""["a","b"]""");

        // No RunModuleConstructor here: Refit runs the client assembly's registrations itself when it finds none.
        var found = await (Task<string>)Models.Value.Call("Driver", creation, server.BaseAddress)!;

        Assert.Equal("a,b", found);
        var request = server.OnlyRequest();
        Assert.Equal(("QUERY", "/things", """{"name":"rex"}"""), (request.Method, request.RawUrl, request.Body));
    }

    [Fact]
    public async Task A_child_tag_with_only_query_operations_is_implemented_and_its_parent_is_left_to_Refit()
    {
        const string Text = """
            openapi: 3.2.0
            info: { title: Travel, version: "1" }
            tags:
              - { name: flights }
              - { name: domestic, parent: flights }
            paths:
              /flights:
                get: { operationId: listFlights, tags: [flights], responses: { "204": { description: ok } } }
              /flights/domestic:
                query: { operationId: searchDomestic, tags: [domestic], responses: { "204": { description: ok } } }
            """;
        var output = GeneratorRunner.RunOnText(Text, @namespace: "Ops.Client", interfacePerTag: true);
        var api = GeneratedApi.Load(output.Files);
        using var server = new CapturingServer("{}");

        var domestic = Refit.RestService.For(api.Interface("IDomesticApi"), new HttpClient { BaseAddress = server.BaseAddress }, new Refit.RefitSettings());
        await (Task)api.Interface("DomesticApiExtensions").GetMethod("SearchDomesticAsync")!.Invoke(null, [domestic, CancellationToken.None])!;

        Assert.Equal(("QUERY", "/flights/domestic"), (server.OnlyRequest().Method, server.OnlyRequest().RawUrl));
        Assert.Equal(["DomesticApiImplementation.g.cs"], output.Files.Select(f => f.HintName).Where(n => n.Contains("Implementation", StringComparison.Ordinal)).Select(n => n.Replace("Ops.Client.", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Generated_implementation()
    {
        Assert.Empty(Models.Value.Diagnostics);
        Snapshot.Match(SnapshotText.Of(Models.Value.Text("ThingsApiImplementation")));
    }
}
