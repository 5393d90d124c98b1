using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.OpenApi32;

/// <summary>
/// OpenAPI 3.2's <c>in: querystring</c> (Specs/openapi32/querystring.yaml): with form content and an object schema
/// it is one parameter whose name=value pairs are the whole query string, sent over a real socket exactly so; every
/// other form of it is reported where it is written and left out.
/// </summary>
public sealed class QueryStringTests
{
    private const string Driver = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Schemas.Client;

        public static class Driver
        {
            public static Task Search(Uri baseAddress, Dictionary<string, string> filter)
                => Refit.RestService.ForGenerated<ISearchApi>(new HttpClient { BaseAddress = baseAddress }, SearchJsonContext.Default).SearchPetsAsync(filter);
        }
        """;

    private static readonly Lazy<GeneratedModels> Models = new(() =>
    {
        var models = GeneratedModels.FromText(File.ReadAllText(Path.Combine(TestPaths.TestSpecs, "openapi32", "querystring.yaml")), Driver);

        // Refit's generated module initializer registers the client; an assembly loaded from bytes runs it only when asked.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(models.Assembly.ManifestModule.ModuleHandle);
        return models;
    });

    [Fact]
    public async Task A_form_querystring_parameter_is_the_whole_query_string_with_its_names_and_values_percent_encoded()
    {
        using var server = new CapturingServer("{}");

        await (Task)Models.Value.Call("Driver", "Search", server.BaseAddress, new Dictionary<string, string> { ["min_size"] = "3", ["name"] = "a&b=c d+é" })!;

        Assert.Equal("/pets?min_size=3&name=a%26b%3Dc%20d%2B%C3%A9", server.OnlyRequest().RawUrl);
    }

    [Fact]
    public async Task An_empty_querystring_parameter_sends_no_query_string()
    {
        using var server = new CapturingServer("{}");

        await (Task)Models.Value.Call("Driver", "Search", server.BaseAddress, new Dictionary<string, string>())!;

        Assert.Equal("/pets", server.OnlyRequest().RawUrl);
    }

    [Fact]
    public void Querystring_parameters_that_are_not_generated_are_reported_where_they_are_written_and_nothing_else_is()
        => Assert.Equal(
            [
                "test.yaml(21,11): warning OAG0051: The 'in: querystring' parameter 'filter' of searchPetsByJson is not generated, so the method sends no query string for it: its media type is 'application/json', and only application/x-www-form-urlencoded is generated. Give it 'content: { application/x-www-form-urlencoded: { schema: <an object> } }', or describe its fields as 'in: query' parameters",
                "test.yaml(31,11): warning OAG0051: The 'in: querystring' parameter 'filter' of searchPetsMixed is not generated, so the method sends no query string for it: the operation also has the 'in: query' parameter 'page', and OpenAPI does not allow both. Move the 'in: query' parameters into the querystring parameter's schema, or describe its fields as 'in: query' parameters",
                "test.yaml(42,11): warning OAG0051: The 'in: querystring' parameter 'filter' of searchPetsByText is not generated, so the method sends no query string for it: its schema is not an object, so it has no name=value pairs. Give it an object schema whose properties are the query's names",
                "test.yaml(57,11): warning OAG0051: The 'in: querystring' parameter 'again' of searchPetsTwice is not generated, so the method sends no query string for it: the operation already has the 'in: querystring' parameter 'filter', and OpenAPI allows one. Keep one 'in: querystring' parameter",
            ],
            Models.Value.Diagnostics);

    [Fact]
    public void Generated_interface()
        => Snapshot.Match(SnapshotText.Of(Models.Value.Text("ISearchApi")));
}
