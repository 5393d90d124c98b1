using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.OpenApi32;

/// <summary>
/// An OpenAPI 3.2 description with each 3.2 addition (Specs/openapi32/openapi32.yaml) loads and generates: what is
/// read lands in the model, what is not generated yet is reported where it is written, and nothing fails.
/// </summary>
public sealed class OpenApi32Tests
{
    private static readonly string Spec = Path.Combine(TestPaths.TestSpecs, "openapi32", "openapi32.yaml");

    [Fact]
    public void Each_construct_that_is_not_generated_yet_is_reported_where_it_is_written_and_nothing_else_is()
    {
        var output = GeneratorRunner.RunOnFile(Spec, "Events.Client");

        Assert.Equal(
        [
            "openapi32.yaml(2,8): warning OAG0053: The document's '$self' ('https://example.com/apis/events/openapi.yaml') is not used; relative $refs resolve against the file's own location. Keep the files in the folder layout of their $self URIs",
            "openapi32.yaml(16,13): warning OAG0055: The tag 'orphan' names the parent 'missing', which is not a declared tag; the tag is treated as a top-level tag. Declare the parent tag, correct its name, or break the cycle",
            "openapi32.yaml(18,13): warning OAG0055: The tag 'loop-a' names the parent 'loop-b', which leads back to it through the parents; the tag is treated as a top-level tag. Declare the parent tag, correct its name, or break the cycle",
            "openapi32.yaml(20,13): warning OAG0055: The tag 'loop-b' names the parent 'loop-a', which leads back to it through the parents; the tag is treated as a top-level tag. Declare the parent tag, correct its name, or break the cycle",
            "openapi32.yaml(76,9): warning OAG0052: The request body of importChanges is a stream of items ('application/json-seq' with an itemSchema); streamed bodies are not generated yet, so the method does not send its items. Until they are, send the body through the client's HttpClient",
            "openapi32.yaml(52,11): warning OAG0051: The 'in: querystring' parameter 'filter' of exportChanges is not generated, so the method sends no query string for it: the operation also has the 'in: query' parameter 'limit', and OpenAPI does not allow both. Move the 'in: query' parameters into the querystring parameter's schema, or describe its fields as 'in: query' parameters",
        ],
        output.Diagnostics);
    }

    [Fact]
    public void The_client_generated_from_a_3_2_description_compiles_without_warnings()
    {
        var output = GeneratorRunner.RunOnFile(Spec, "Events.Client");

        var compiled = GeneratedCodeCompiler.Compile(output.Files);

        Assert.Empty(compiled.Diagnostics);
        Assert.Contains(output.Files, f => f.Text.Contains("Task<global::Events.Client.Shape> GetShapeAsync(", StringComparison.Ordinal));
    }

    [Fact]
    public void Item_schemas_of_sequential_media_types_are_read_into_the_model_also_through_component_refs()
    {
        var document = Parse();

        Assert.Equal(
        [
            ("exportChanges", "application/jsonl"),
            ("exportChangesNdjson", "application/x-ndjson"),
            ("importChanges", "application/json-seq"),
            ("streamEvents", "text/event-stream"),
        ],
        document.Operations
            .SelectMany(o => o.Responses.Where(r => r.ItemSchemaId is not null).Select(r => (o.OperationId!, r.MediaType!)))
            .OrderBy(x => x.Item1, StringComparer.Ordinal));
        var change = document.Schemas.Single(s => s.ComponentName == "Change").Id;
        Assert.All(document.Operations.SelectMany(o => o.Responses).Where(r => r.ItemSchemaId is not null), r => Assert.Equal(change, r.ItemSchemaId));
        Assert.All(document.Operations.SelectMany(o => o.Responses).Where(r => r.ItemSchemaId is not null), r => Assert.Null(r.SchemaId));

        var import = document.Operations.Single(o => o.OperationId == "importChanges");
        Assert.Equal(("application/json-seq", change), (import.RequestBody!.MediaType, import.RequestBody.ItemSchemaId));
    }

    [Fact]
    public void Tags_keep_summary_kind_and_parent_and_a_parent_that_is_missing_or_circular_is_dropped()
    {
        var tags = Parse().Tags;

        Assert.Equal(
        [
            new TagFields("events", "Events", "Everything about events", null, "nav"),
            new TagFields("streams", "Streams", null, "events", "nav"),
            new TagFields("orphan", null, null, null, null),
            new TagFields("loop-a", null, null, null, null),
            new TagFields("loop-b", null, null, null, null),
        ],
        tags.Select(t => new TagFields(t.Name, t.Summary, t.Description, t.Parent, t.Kind)));
    }

    [Fact]
    public void The_discriminator_default_mapping_names_its_schema_in_the_model()
    {
        var document = Parse();

        var shape = document.Schemas.Single(s => s.ComponentName == "Shape");
        Assert.Equal(document.Schemas.Single(s => s.ComponentName == "Unknown").Id, shape.Discriminator!.DefaultMappingId);
        Assert.Single(shape.Discriminator.Mapping);
    }

    [Fact]
    public void Query_and_additional_operations_are_read_with_their_method_and_form_querystring_parameters_as_the_whole_query()
    {
        var operations = Parse().Operations;

        Assert.Equal(
            [("query", "/events"), ("LINK", "/events")],
            operations.Where(o => o.OperationId is "searchEvents" or "linkEvents").Select(o => (o.Method, o.Path)));
        Assert.Equal([("filter", true), ("limit", false)], operations.Single(o => o.OperationId == "exportChanges").Parameters.Select(p => (p.Name, p.IsQueryString)));
    }

    [Fact]
    public void A_malformed_tags_list_is_a_warning_and_the_client_is_still_generated()
    {
        const string Text = """
            openapi: 3.1.0
            info: { title: Pets, version: "1" }
            tags:
              - description: no name
              - name: pets
            paths: {}
            """;

        var output = GeneratorRunner.RunOnText(Text, "/specs/spec.yaml");

        Assert.Equal(
            ["spec.yaml(4,5): warning OAG0055: A tag has no 'name'; it is ignored. Give it the name operations use in their 'tags'"],
            output.Diagnostics);
        Assert.NotEmpty(output.Files);
    }

    private static ApiDocument Parse()
    {
        var result = OpenApiParser.Parse(SpecPath.Normalize(Path.GetFullPath(Spec)), File.ReadAllText(Spec), _ => null, SpecLoadOptions.Default);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Document!;
    }

    private sealed record TagFields(string Name, string? Summary, string? Description, string? Parent, string? Kind);
}
