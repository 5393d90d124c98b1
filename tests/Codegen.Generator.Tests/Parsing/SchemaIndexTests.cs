using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>The binder finds schemas through <see cref="ApiDocument.SchemaIndex"/>: it must agree with the schema table's order.</summary>
public sealed class SchemaIndexTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Index, version: "1" }
        paths:
          /b:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { type: object, properties: { inline: { type: string } } }
        components:
          schemas:
            Zebra: { type: object, properties: { next: { $ref: "#/components/schemas/Apple" } } }
            Apple: { type: object, properties: { tags: { type: array, items: { type: string } } } }
        """;

    [Fact]
    public void Every_schema_id_is_found_at_its_place_in_the_table()
    {
        var document = Parse(Spec);

        Assert.True(document.Schemas.Count > 5);
        for (var position = 0; position < document.Schemas.Count; position++)
        {
            Assert.Equal(position, document.SchemaIndex.PositionOf(document.Schemas[position].Id));
        }
    }

    [Fact]
    public void An_id_the_description_does_not_have_is_a_clear_error()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Parse(Spec).SchemaIndex.PositionOf("spec.yaml#/components/schemas/Missing"));

        Assert.Contains("'spec.yaml#/components/schemas/Missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_readings_of_one_description_are_equal_and_a_different_one_is_not()
    {
        Assert.Equal(Parse(Spec), Parse(Spec));
        Assert.Equal(Parse(Spec).SchemaIndex, Parse(Spec).SchemaIndex);
        Assert.NotEqual(Parse(Spec).SchemaIndex, Parse(Spec.Replace("Apple", "Cherry", StringComparison.Ordinal)).SchemaIndex);
    }

    /// <summary>Every kind of reference the readers number: a property's, items', additionalProperties', a parameter's, a body's and a response's.</summary>
    private const string References = """
        openapi: 3.0.3
        info: { title: Numbers, version: "1" }
        paths:
          /pets/{id}:
            parameters:
              - { name: id, in: path, required: true, schema: { type: string } }
              - { name: filter, in: query, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
            post:
              requestBody:
                content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Pet" } } } } }
                default: { $ref: "#/components/responses/Problem" }
        components:
          responses:
            Problem: { description: no, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
          schemas:
            Pet:
              type: object
              properties:
                parent: { $ref: "#/components/schemas/Pet" }
                tags: { type: array, items: { type: string } }
                scores: { type: object, additionalProperties: { type: integer } }
                any: {}
        """;

    [Fact]
    public void Every_reference_carries_its_schemas_number_and_shares_its_id_string()
    {
        var document = Parse(References);
        var references = new List<(string Id, int Number)>();
        foreach (var schema in document.Schemas)
        {
            references.AddRange(schema.Properties.Select(p => (p.SchemaId, p.SchemaNumber)));
            if (schema.ItemsId is { } items)
            {
                references.Add((items, schema.ItemsNumber));
            }

            if (schema.AdditionalProperties.SchemaId is { } values)
            {
                references.Add((values, schema.AdditionalProperties.SchemaNumber));
            }
        }

        foreach (var operation in document.Operations)
        {
            references.AddRange(operation.Parameters.Select(p => (p.SchemaId, p.SchemaNumber)));
            references.AddRange(operation.Responses.Where(r => r.SchemaId is not null).Select(r => (r.SchemaId!, r.SchemaNumber)));
            if (operation.RequestBody is { SchemaId: { } body } requestBody)
            {
                references.Add((body, requestBody.SchemaNumber));
            }
        }

        // Properties 4, items 2, additionalProperties 1, parameters 2, responses 2, body 1.
        Assert.Equal(12, references.Count);
        foreach (var (id, number) in references)
        {
            var place = document.SchemaIndex.PlaceOf(number);
            Assert.True(place >= 0, $"'{id}' has number {number}, which has no place.");
            Assert.Same(document.Schemas[place].Id, id);
        }
    }

    [Fact]
    public void A_reference_whose_number_is_missing_or_wrong_is_found_by_its_id()
    {
        var document = Parse(References);
        var shapes = new Codegen.Generator.Binding.SchemaShapes(document.Schemas, document.SchemaIndex);
        var pet = document.Schemas.Single(s => s.ComponentName == "Pet");
        var tags = pet.Properties.Single(p => p.JsonName == "tags");

        Assert.Same(pet, shapes.Entry(pet.Id, SchemaNumbers.Unknown).Schema);
        Assert.Same(pet, shapes.Entry(pet.Id, tags.SchemaNumber).Schema);
        Assert.Same(pet, shapes.Entry(pet.Id, int.MaxValue).Schema);
    }

    private static ApiDocument Parse(string text)
        => OpenApiParser.Parse(SpecLoader.Load("/specs/spec.yaml", text, _ => null, SpecLoadOptions.Default)).Document
           ?? throw new InvalidOperationException("The test description did not parse.");
}
