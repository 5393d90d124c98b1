using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.OpenApi32;

/// <summary>
/// OpenAPI 3.2's <c>query</c> operations and <c>additionalOperations</c> are Refit methods with Specweave.Runtime's
/// [RequestMethod]: sent over a real socket with the method as the description writes it, body and parameters
/// as for any other method. Entries that cannot be sent as written are reported where they are.
/// </summary>
public sealed class RequestMethodTests
{
    private const string Spec = """
        openapi: 3.2.0
        info: { title: Events, version: "1" }
        paths:
          /events:
            get:
              operationId: listEvents
              responses:
                "200":
                  description: Every event
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: '#/components/schemas/Event' } }
            query:
              operationId: searchEvents
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Filter' }
              responses:
                "200":
                  description: The matching events
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: '#/components/schemas/Event' } }
            additionalOperations:
              LINK:
                operationId: linkEvents
                parameters:
                  - { name: Link, in: header, required: true, schema: { type: string } }
                responses:
                  "204": { description: Linked }
              POST:
                operationId: misplaced
                responses: { "204": { description: Created } }
              "BAD KEY":
                responses: { "204": { description: Done } }
          /events/{id}:
            additionalOperations:
              purge:
                parameters:
                  - { name: id, in: path, required: true, schema: { type: string } }
                requestBody:
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Filter' }
                responses:
                  "200":
                    description: Purged
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/Event' }
        components:
          schemas:
            Filter: { type: object, properties: { since: { type: string } } }
            Event: { type: object, properties: { id: { type: string } } }
        """;

    private const string Driver = """
        using System;
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Schemas.Client;

        public static class Driver
        {
            private static IEventsApi Client(Uri baseAddress)
                => Refit.RestService.ForGenerated<IEventsApi>(new HttpClient { BaseAddress = baseAddress }, EventsJsonContext.Default);

            public static async Task<string> Search(Uri baseAddress)
                => string.Join(",", (await Client(baseAddress).SearchEventsAsync(new Filter { Since = "2026-01-01" })).Select(e => e.Id));

            public static Task Link(Uri baseAddress) => Client(baseAddress).LinkEventsAsync("</events/2>; rel=next");

            public static async Task<string?> Purge(Uri baseAddress) => (await Client(baseAddress).PurgeEventsByIdAsync("e 1", new Filter { Since = "x" })).Id;
        }
        """;

    private static readonly Lazy<GeneratedModels> Models = new(() =>
    {
        var models = GeneratedModels.FromText(Spec, Driver);

        // Refit's generated module initializer registers the client; an assembly loaded from bytes runs it only when asked.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(models.Assembly.ManifestModule.ModuleHandle);
        return models;
    });

    [Fact]
    public async Task A_query_operation_sends_QUERY_with_its_json_body_and_reads_the_response()
    {
        using var server = new CapturingServer("""[{"id":"a"},{"id":"b"}]""");

        var ids = await (Task<string>)Models.Value.Call("Driver", "Search", server.BaseAddress)!;

        Assert.Equal("a,b", ids);
        var request = server.OnlyRequest();
        Assert.Equal(("QUERY", "/events"), (request.Method, request.RawUrl));
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("""{"since":"2026-01-01"}""", request.Body);
    }

    [Fact]
    public async Task An_additional_operation_is_sent_with_its_method_exactly_as_written()
    {
        using var server = new CapturingServer("{}");

        await (Task)Models.Value.Call("Driver", "Link", server.BaseAddress)!;

        Assert.Equal(("LINK", "/events", string.Empty), (server.OnlyRequest().Method, server.OnlyRequest().RawUrl, server.OnlyRequest().Body));
    }

    [Fact]
    public async Task A_lower_case_additional_method_keeps_its_case_and_its_path_parameter_and_body()
    {
        using var server = new CapturingServer("""{"id":"e 1"}""");

        var id = await (Task<string?>)Models.Value.Call("Driver", "Purge", server.BaseAddress)!;

        Assert.Equal("e 1", id);
        Assert.Equal(("purge", "/events/e%201", """{"since":"x"}"""), (server.OnlyRequest().Method, server.OnlyRequest().RawUrl, server.OnlyRequest().Body));
    }

    [Theory]
    [InlineData("null", "JSON null")]
    [InlineData("""{"id":5}""", "could not be read")]
    public async Task A_body_that_is_null_or_does_not_fit_the_result_is_an_ApiException_not_a_null_or_a_JsonException(string body, string says)
    {
        using var server = new CapturingServer(body);

        var exception = await Assert.ThrowsAsync<Refit.ApiException>(() => (Task<string?>)Models.Value.Call("Driver", "Purge", server.BaseAddress)!);

        Assert.Contains(says, exception.Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, exception.StatusCode);
    }

    [Fact]
    public void Entries_that_cannot_be_sent_as_written_are_reported_where_they_are_and_nothing_else_is()
        => Assert.Equal(
            [
                "test.yaml(34,9): warning OAG0050: The 'POST' operation misplaced is not generated: the method is an additionalOperations key but has a field of its own in the path item. Move the operation to the path item's 'post' field",
                "test.yaml(37,9): warning OAG0050: The 'BAD KEY' operation BAD KEY /events is not generated: the additionalOperations key is not an HTTP method name (letters, digits and !#$%&'*+-.^_`|~ only). Write the method as it is sent, e.g. LINK",
            ],
            Models.Value.Diagnostics);

    [Fact]
    public void An_operation_that_needs_what_the_extension_methods_do_not_write_is_reported_and_left_out()
    {
        const string Text = """
            openapi: 3.2.0
            info: { title: Events, version: "1" }
            paths:
              /events:
                get:
                  responses: { "204": { description: ok } }
                query:
                  operationId: searchEvents
                  parameters:
                    - { name: tag, in: query, schema: { type: array, items: { type: string } } }
                  responses: { "204": { description: ok } }
            """;

        var output = GeneratorRunner.RunOnText(Text);

        Assert.Equal(
            ["test.yaml(8,7): warning OAG0050: The 'QUERY' operation searchEvents is not generated: a QUERY method is sent over the client's HttpClient, and the parameter 'tag' is not a single value. The generated methods write single-value path, query and header parameters, a querystring, a JSON or raw body and a JSON result; send this operation through the client's HttpClient"],
            output.Diagnostics);
        Assert.DoesNotContain(output.Files, f => f.Text.Contains("SearchEvents", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("IEventsApi")]
    [InlineData("EventsApiExtensions")]
    public void Generated_code(string typeName)
        => Snapshot.Match(SnapshotText.Of(Models.Value.Text(typeName)), SnapshotNameExtension.Create(typeName));

    [Fact]
    public void Parameters_named_like_the_generated_methods_locals_or_its_api_parameter_compile()
    {
        const string spec = """
            openapi: 3.2.0
            info: { title: Locals, version: "1" }
            paths:
              /things/{target}:
                query:
                  operationId: searchThings
                  parameters:
                    - { name: target, in: path, required: true, schema: { type: string } }
                    - { name: request, in: query, schema: { type: string } }
                    - { name: response, in: query, schema: { type: string } }
                    - { name: separator, in: query, schema: { type: string } }
                    - { name: baseAddress, in: header, schema: { type: string } }
                    - { name: api, in: query, schema: { type: string } }
                    - { name: result, in: header, schema: { type: string } }
                    - { name: exception, in: header, schema: { type: string } }
                  requestBody:
                    content:
                      application/json:
                        schema: { type: object, properties: { since: { type: string } } }
                  responses:
                    "200":
                      description: Found
                      content:
                        application/json:
                          schema: { type: object, properties: { id: { type: string } } }
            """;

        // Compiling is the assertion: a parameter that hid a local would be CS0136, one named like the extension's api parameter CS0100.
        var models = GeneratedModels.FromText(spec);
        Assert.Empty(models.Output.Diagnostics);
        var text = models.Text("LocalsApiExtensions");
        Assert.Contains("SearchThingsAsync(", text, StringComparison.Ordinal);

        // Bind named each local apart from the parameters, with the next free number.
        Assert.Contains("this global::Schemas.Client.ILocalsApi api2,", text, StringComparison.Ordinal);
        Assert.Contains("using var request2 = ", text, StringComparison.Ordinal);
        Assert.Contains("catch (global::System.Text.Json.JsonException exception2)", text, StringComparison.Ordinal);
    }
}
