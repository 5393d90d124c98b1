using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// Diagnostics that say what, where, what a name collides with and how to fix it, once: duplicated operationIds (OAG0006),
/// a missing info title (OAG0014), unknown versions (OAG0005/OAG0015), renames (OAG0011), OAG0007 and OAG0012.
/// </summary>
public sealed class DiagnosticWordingTests
{
    [Fact]
    public void A_duplicated_operationId_is_one_warning_naming_both_places_and_both_operations_are_generated_the_later_numbered()
    {
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses: { "204": { description: ok } }
              /cats:
                get:
                  operationId: listPets
                  responses: { "204": { description: ok } }
              /dogs:
                get:
                  operationId: listPets
                  responses: { "204": { description: ok } }
            """, "/specs/pets.yaml");

        Assert.Equal(
            [
                "pets.yaml(10,7): warning OAG0006: The operationId 'listPets' is also used by GET /pets at pets.yaml(6,7), and OpenAPI requires operationIds to be unique; both are generated, and this later one's method name gets a number (the first free one from 2). Give each operation its own operationId",
                "pets.yaml(14,7): warning OAG0006: The operationId 'listPets' is also used by GET /pets at pets.yaml(6,7), and OpenAPI requires operationIds to be unique; both are generated, and this later one's method name gets a number (the first free one from 2). Give each operation its own operationId",
            ],
            output.Diagnostics);
        var api = output.Files.Single(f => f.HintName.EndsWith("IPetsApi.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("[global::Refit.Get(\"/pets\")]", api, StringComparison.Ordinal);
        Assert.Matches(@"Get\(""/pets""\)\][^;]*ListPetsAsync\(", api);
        Assert.Matches(@"Get\(""/cats""\)\][^;]*ListPets2Async\(", api);
        Assert.Matches(@"Get\(""/dogs""\)\][^;]*ListPets3Async\(", api);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    [Fact]
    public void Each_json_schema_keyword_without_a_counterpart_is_a_warning_at_its_place_and_other_schemas_have_none()
    {
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.1.0
            info: { title: Shapes, version: "1" }
            paths: {}
            components:
              schemas:
                Plain:
                  type: object
                  properties: { name: { type: string }, then: { type: string } }
                Odd:
                  type: object
                  not: { required: [a] }
                  patternProperties: { "^x-": { type: string } }
                  properties:
                    tuple: { type: array, prefixItems: [{ type: string }] }
                  if: { required: [b] }
                  then: { required: [c] }
                  else: { required: [d] }
                Negated:
                  not: { type: string }
            """, "/specs/shapes.yaml");

        // A property named like a keyword ("then" in Plain) is a property, not the keyword; a keyword first in its schema
        // (Negated) is found as well as one after others.
        string Warning(int line, int column, string keyword)
            => $"shapes.yaml({line},{column}): warning OAG0007: The JSON Schema keyword '{keyword}' has no counterpart in the generated types; it is ignored, and values are not checked against it. Nothing to fix unless the client relies on it; then check values in your own code";
        Assert.Equal(
            [Warning(11, 12, "not"), Warning(12, 26, "patternProperties"), Warning(14, 44, "prefixItems"), Warning(15, 11, "if"), Warning(16, 13, "then"), Warning(17, 13, "else"), Warning(19, 12, "not")],
            output.Diagnostics);
    }

    [Theory]
    [InlineData("openapi: 3.0.3\npaths: {}\n", "no-info.yaml(1,1): warning OAG0014: The description has no 'info' object, which OpenAPI requires; the client is named after the file instead (INoInfoYamlApi). Add info: { title: My API, version: '1.0' } to the description, or set the ClientName option (--client-name)")]
    [InlineData("openapi: 3.0.3\ninfo: { version: '1' }\npaths: {}\n", "no-info.yaml(2,7): warning OAG0014: The description has no 'title' in its 'info' object, which OpenAPI requires; the client is named after the file instead (INoInfoYamlApi). Add a title to info (title: My API), or set the ClientName option (--client-name)")]
    [InlineData("swagger: '2.0'\ninfo: { version: '1', title: ' ' }\npaths: {}\n", "no-info.yaml(2,7): warning OAG0014: The description has no 'title' in its 'info' object, which OpenAPI requires; the client is named after the file instead (INoInfoYamlApi). Add a title to info (title: My API), or set the ClientName option (--client-name)")]
    public void A_description_without_an_info_title_is_a_located_warning_naming_the_client_it_got(string spec, string expected)
    {
        var output = GeneratorRunner.RunOnText(spec, "/specs/no-info.yaml");

        Assert.Equal([expected], output.Diagnostics);
        Assert.Contains(output.Files, f => f.HintName.EndsWith("INoInfoYamlApi.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void With_a_ClientName_a_missing_info_names_nothing_and_is_not_reported()
    {
        var output = GeneratorRunner.RunOnText("openapi: 3.0.3\npaths: {}\n", "/specs/no-info.yaml", clientName: "Pets");

        Assert.Empty(output.Diagnostics);
        Assert.Contains(output.Files, f => f.HintName.EndsWith("IPetsApi.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("3.0.0")]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    [InlineData("3.1.1")]
    [InlineData("3.2.0")]
    [InlineData("3.1")]
    [InlineData("3.0.0-rc2")]
    public void Known_versions_are_read_without_a_word(string version)
        => Assert.Empty(GeneratorRunner.RunOnText($"openapi: {version}\ninfo: {{ title: Pets, version: '1' }}\npaths: {{}}\n", "/specs/v.yaml").Diagnostics);

    [Theory]
    [InlineData("3.4.0")]
    [InlineData("3.10.1")]
    public void A_later_3_x_version_is_read_with_a_warning_naming_it_and_the_versions_read(string version)
    {
        var output = GeneratorRunner.RunOnText($"openapi: {version}\ninfo: {{ title: Pets, version: '1' }}\npaths: {{}}\n", "/specs/v.yaml");

        Assert.Equal(
            [$"v.yaml(1,10): warning OAG0015: OpenAPI version '{version}' is newer than the versions the generator reads (OpenAPI 3.0.x, 3.1.x and 3.2.x, and Swagger 2.0); it is read as 3.2, and what the new version adds is ignored. Use a version listed, or a newer Specweave"],
            output.Diagnostics);
        Assert.NotEmpty(output.Files);
    }

    [Theory]
    [InlineData("4.0.0")]
    [InlineData("3")]
    [InlineData("3.x")]
    [InlineData("2.0")]
    public void Another_major_version_or_no_version_is_an_error(string version)
    {
        var output = GeneratorRunner.RunOnText($"openapi: '{version}'\ninfo: {{ title: Pets, version: '1' }}\npaths: {{}}\n", "/specs/v.yaml");

        Assert.Equal(
            [$"v.yaml(1,10): error OAG0005: The document is not a supported OpenAPI description: OpenAPI version '{version}' is not one the generator reads (OpenAPI 3.0.x, 3.1.x and 3.2.x, and Swagger 2.0); declare one of those, as 'openapi: 3.1.0'"],
            output.Diagnostics);
        Assert.Empty(output.Files);
    }

    [Fact]
    public void A_rename_says_what_holds_the_name_the_member_its_type_an_object_member_or_another_spec_name()
    {
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths: {}
            components:
              schemas:
                Class:
                  type: object
                  properties:
                    class: { type: string }
                    equals: { type: string }
                    foo_bar: { type: string }
                    fooBar: { type: string }
                Status:
                  type: string
                  enum: [status, value, Value]
            """, "/specs/names.yaml");

        const string Fix = "It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description";
        Assert.Equal(
            [
                $"names.yaml(10,17): warning OAG0011: 'equals' becomes 'Equals' in C#, which is already a member every C# record has; it was named 'Equals2'. {Fix}",
                $"names.yaml(12,17): warning OAG0011: 'fooBar' becomes 'FooBar' in C#, which is already the name of 'foo_bar' at line 11, column 18; it was named 'FooBar2'. {Fix}",
                $"names.yaml(14,7): warning OAG0011: 'Value' becomes 'Value' in C#, which is already a member every generated enum has; it was named 'Value3'. {Fix}",
                $"names.yaml(14,7): warning OAG0011: 'status' becomes 'Status' in C#, which is already the name of the enclosing type, which C# forbids for a member; it was named 'Status2'. {Fix}",
                $"names.yaml(14,7): warning OAG0011: 'value' becomes 'Value' in C#, which is already a member every generated enum has; it was named 'Value2'. {Fix}",
                $"names.yaml(9,16): warning OAG0011: 'class' becomes 'Class' in C#, which is already the name of the enclosing type, which C# forbids for a member; it was named 'Class2'. {Fix}",
            ],
            output.Diagnostics.Order(StringComparer.Ordinal));
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    [Fact]
    public void An_inline_schema_that_loses_its_name_is_described_by_its_place_not_by_an_internal_name()
    {
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /pets:
                post:
                  operationId: addPet
                  requestBody:
                    content:
                      application/json:
                        schema: { type: object, properties: { name: { type: string } } }
                  responses: { "204": { description: ok } }
            components:
              schemas:
                AddPetRequest: { type: object, properties: { id: { type: string } } }
            """, "/specs/pets.yaml");

        var warning = Assert.Single(output.Diagnostics);
        Assert.Equal(
            "pets.yaml(10,21): warning OAG0011: The inline schema becomes 'AddPetRequest' in C#, which is already the name of 'AddPetRequest' at line 14, column 20; it was named 'AddPetRequest2'. To choose the name, move the schema to components/schemas under the name you want and $ref it",
            warning);
    }

    [Fact]
    public void A_query_array_without_items_says_so_what_was_generated_and_how_to_fix_it()
    {
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /pets:
                get:
                  parameters:
                    - { name: ids, in: query, schema: { type: array } }
                  responses: { "204": { description: ok } }
            """, "/specs/pets.yaml");

        Assert.Equal(
            ["pets.yaml(7,11): warning OAG0007: The query parameter 'ids' is an array without 'items', so its elements have no type; it is generated as a string parameter that the caller formats. Add 'items' with the elements' schema (items: { type: string }) to get a typed list"],
            output.Diagnostics);
    }

    [Fact]
    public void A_discriminator_that_cannot_apply_is_reported_once_naming_every_schema_it_cannot_select()
    {
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths: {}
            components:
              schemas:
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - type: string
                    - type: integer
                    - $ref: '#/components/schemas/Name'
                  discriminator: { propertyName: kind }
                Cat:
                  type: object
                  properties:
                    kind: { type: string }
                Name: { type: string }
            """, "/specs/pets.yaml");

        Assert.Equal(
            ["pets.yaml(7,7): warning OAG0012: The discriminator 'kind' of 'Pet' is not applied because the inline schema at line 9, column 11, the inline schema at line 10, column 11 and 'Name' are not object schemas; it is generated as a union that reads the alternatives by shape, without the discriminator. Make every schema it selects an object schema without a discriminator of its own (an inline one needs a value in discriminator.mapping), or remove the discriminator"],
            output.Diagnostics);
    }
}
