using Codegen.Generator.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.Customers;

/// <summary>Errors in a spec fail with located diagnostics (file, line, column, stable id), never an exception.</summary>
public sealed class SpecErrorDiagnosticTests
{
    [Fact]
    public void Ref_to_a_missing_schema_is_a_located_error()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Broken, version: "1" }
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Thingg'
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    id: { type: string }
            """;

        var output = GeneratorRunner.RunOnText(spec, "/specs/broken-ref.yaml");

        Assert.Empty(output.Files);
        Assert.Equal(["broken-ref.yaml(15,17): error OAG0002: The $ref '#/components/schemas/Thingg' does not resolve: 'Thingg' is not found in broken-ref.yaml; correct the name or the JSON pointer"], output.Diagnostics);
        Snapshot.Match(output.Diagnostics);
    }

    [Fact]
    public void Malformed_yaml_is_a_located_error()
    {
        const string spec = """
            openapi: 3.0.3
            info:
              title: Broken
              version: "1"
            paths:
              /things:
                get:
                  responses: {
                    "200": { description: ok
            """;

        var output = GeneratorRunner.RunOnText(spec, "/specs/malformed.yaml");

        Assert.Empty(output.Files);
        var diagnostic = Assert.Single(output.Diagnostics);
        Assert.StartsWith("malformed.yaml(", diagnostic, StringComparison.Ordinal);
        Assert.Contains("error OAG0001", diagnostic, StringComparison.Ordinal);
        Snapshot.Match(output.Diagnostics);
    }

    [Fact]
    public void Truncated_json_is_a_located_error()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Broken", "version": "1" },
              "paths": {
                "/things": { "get": { "responses": { "200": { "description": "ok" }
            """;

        var output = GeneratorRunner.RunOnText(spec, "/specs/truncated.json");

        Assert.Empty(output.Files);
        var diagnostic = Assert.Single(output.Diagnostics);
        Assert.Matches(@"^truncated\.json\(\d+,\d+\): error OAG0001: ", diagnostic);
    }
}
