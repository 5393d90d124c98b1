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

    private static ApiDocument Parse(string text)
        => OpenApiParser.Parse(SpecLoader.Load("/specs/spec.yaml", text, _ => null, SpecLoadOptions.Default)).Document
           ?? throw new InvalidOperationException("The test description did not parse.");
}
