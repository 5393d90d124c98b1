using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.OpenApi32;

/// <summary>
/// OpenAPI 3.2's <c>in: querystring</c> (Specs/openapi32/querystring.yaml): one typed parameter that is the whole query
/// string, form name=value pairs by the names on the wire or the value's JSON text, written by a generated converter
/// (through Refit's [QueryConverter], or by a QUERY method sent over HttpClient) and sent over a real socket exactly so;
/// every form of it that cannot be written is reported where it is written and left out.
/// </summary>
public sealed class QueryStringTests
{
    private const string Driver = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Schemas.Client;

        public static class Driver
        {
            private static ISearchApi Client(Uri baseAddress)
                => Refit.RestService.ForGenerated<ISearchApi>(new HttpClient { BaseAddress = baseAddress }, SearchJsonContext.Default);

            public static Task ByName(Uri baseAddress, long minSize, string name)
                => Client(baseAddress).SearchPetsAsync(new PetFilter { MinSize = minSize, Name = name });

            public static Task ByNameThroughFor(Uri baseAddress, long minSize, string name)
                => Refit.RestService.For<ISearchApi>(new HttpClient { BaseAddress = baseAddress }, new Refit.RefitSettings())
                    .SearchPetsAsync(new PetFilter { MinSize = minSize, Name = name });

            public static Task Everything(Uri baseAddress)
                => Client(baseAddress).SearchPetsAsync(new PetFilter
                {
                    Tag = ["friendly", "small & quiet"],
                    Vaccinated = true,
                    Kind = PetKind.Cat,
                    SeenAfter = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)),
                    Weight = 4.5,
                    Name = "Ωmega",
                });

            public static Task Empty(Uri baseAddress) => Client(baseAddress).SearchPetsAsync(new PetFilter { Tag = [] });

            public static Task ByJson(Uri baseAddress, PetFilter? filter) => Client(baseAddress).SearchPetsByJsonAsync(filter);

            public static PetFilter Filter(long minSize, string name) => new PetFilter { MinSize = minSize, Name = name };

            public static async Task<string> Watch(Uri baseAddress)
            {
                var seen = new System.Collections.Generic.List<string>();
                await foreach (var item in Client(baseAddress).WatchPetsAsync(new PetFilter { Name = "rex" }))
                {
                    seen.Add(item.Data);
                }

                return string.Join(",", seen);
            }

            public static Task Query(Uri baseAddress, long minSize, string name)
                => Client(baseAddress).QueryPetsAsync(new PetFilter { MinSize = minSize, Name = name }, new PetFilter { Name = "body" });
        }
        """;

    private static readonly Lazy<GeneratedModels> Models = new(() =>
    {
        var models = GeneratedModels.FromText(File.ReadAllText(Path.Combine(TestPaths.TestSpecs, "openapi32", "querystring.yaml")), Driver);

        // Refit's generated module initializer registers the client; an assembly loaded from bytes runs it only when asked.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(models.Assembly.ManifestModule.ModuleHandle);
        return models;
    });

    [Theory]
    [InlineData("ByName")]
    [InlineData("ByNameThroughFor")]
    public async Task A_form_querystring_parameter_is_the_whole_query_string_with_its_names_and_values_percent_encoded(string creation)
    {
        using var server = new CapturingServer("{}");

        await (Task)Models.Value.Call("Driver", creation, server.BaseAddress, 3L, "a&b=c d+é")!;

        Assert.Equal("/pets?min_size=3&name=a%26b%3Dc%20d%2B%C3%A9", server.OnlyRequest().RawUrl);
    }

    [Fact]
    public async Task Form_values_are_their_json_wire_values_in_property_order_and_arrays_are_exploded()
    {
        using var server = new CapturingServer("{}");

        await (Task)Models.Value.Call("Driver", "Everything", server.BaseAddress)!;

        Assert.Equal(
            "/pets?name=%CE%A9mega&tag=friendly&tag=small%20%26%20quiet&vaccinated=true&kind=cat&seen_after=2026-01-02T03%3A04%3A05%2B01%3A00&weight=4.5",
            server.OnlyRequest().RawUrl);
    }

    [Fact]
    public async Task A_form_querystring_parameter_with_nothing_to_send_sends_no_query_string()
    {
        using var server = new CapturingServer("{}");

        await (Task)Models.Value.Call("Driver", "Empty", server.BaseAddress)!;

        Assert.Equal("/pets", server.OnlyRequest().RawUrl);
    }

    [Fact]
    public async Task A_json_querystring_parameter_is_its_json_text_percent_encoded_as_the_whole_query_string()
    {
        using var server = new CapturingServer("{}");
        var filter = Models.Value.Call("Driver", "Filter", 3L, "a&b");

        await (Task)Models.Value.Call("Driver", "ByJson", server.BaseAddress, filter)!;

        Assert.Equal("/pets/json?%7B%22min_size%22%3A3%2C%22name%22%3A%22a%5Cu0026b%22%7D", server.OnlyRequest().RawUrl);
    }

    [Fact]
    public async Task An_optional_json_querystring_parameter_left_out_sends_no_query_string()
    {
        using var server = new CapturingServer("{}");

        await (Task)Models.Value.Call("Driver", "ByJson", server.BaseAddress, null)!;

        Assert.Equal("/pets/json", server.OnlyRequest().RawUrl);
    }

    [Fact]
    public async Task A_streamed_operation_keeps_its_querystring()
    {
        using var server = new CapturingServer("data: first\n\ndata: second\n\n");

        var seen = await (Task<string>)Models.Value.Call("Driver", "Watch", server.BaseAddress)!;

        Assert.Equal(("/pets/watch?name=rex", "first,second"), (server.OnlyRequest().RawUrl, seen));
    }

    [Fact]
    public async Task A_query_operation_sent_over_HttpClient_writes_its_querystring_the_same_way()
    {
        using var server = new CapturingServer("{}");

        await (Task)Models.Value.Call("Driver", "Query", server.BaseAddress, 3L, "a&b=c d+é")!;

        var request = server.OnlyRequest();
        Assert.Equal(("QUERY", "/pets/search?min_size=3&name=a%26b%3Dc%20d%2B%C3%A9", """{"name":"body"}"""), (request.Method, request.RawUrl, request.Body));
    }

    [Fact]
    public void Querystring_parameters_that_are_not_generated_are_reported_where_they_are_written_and_nothing_else_is()
        => Assert.Equal(
            [
                "test.yaml(95,11): warning OAG0051: The 'in: querystring' parameter 'filter' of searchPetsByPlainText is not generated, so the method sends no query string for it: its media type is 'text/plain', and only application/x-www-form-urlencoded and JSON are generated. Give it 'content: { application/x-www-form-urlencoded: { schema: <an object> } }' or 'content: { application/json: { schema: ... } }', or describe its fields as 'in: query' parameters",
                "test.yaml(31,11): warning OAG0051: The 'in: querystring' parameter 'filter' of searchPetsMixed is not generated, so the method sends no query string for it: the operation also has the 'in: query' parameter 'page', and OpenAPI does not allow both. Move the 'in: query' parameters into the querystring parameter's schema, or describe its fields as 'in: query' parameters",
                "test.yaml(42,11): warning OAG0051: The 'in: querystring' parameter 'filter' of searchPetsByText is not generated, so the method sends no query string for it: its schema is not an object, so it has no name=value pairs. Give it an object schema whose properties are single values or arrays of them, or send it as 'application/json'",
                "test.yaml(57,11): warning OAG0051: The 'in: querystring' parameter 'again' of searchPetsTwice is not generated, so the method sends no query string for it: the operation already has the 'in: querystring' parameter 'filter', and OpenAPI allows one. Keep one 'in: querystring' parameter",
                "test.yaml(67,11): warning OAG0051: The 'in: querystring' parameter 'filter' of searchPetsNested is not generated, so the method sends no query string for it: its property 'owner' is not a single value or an array of them, so it has no name=value form. Give it an object schema whose properties are single values or arrays of them, or send it as 'application/json'",
            ],
            Models.Value.Diagnostics);

    [Theory]
    [InlineData("ISearchApi")]
    [InlineData("SearchApiExtensions")]
    [InlineData("PetFilterQueryString")]
    [InlineData("PetFilterJsonQueryString")]
    public void Generated_code(string typeName)
        => Snapshot.Match(SnapshotText.Of(Models.Value.Text(typeName)), SnapshotNameExtension.Create(typeName));
}
