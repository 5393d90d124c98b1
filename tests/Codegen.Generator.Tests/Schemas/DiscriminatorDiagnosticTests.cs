using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// A discriminator the generator cannot honour is reported (OAG0012) where it is written, and the schema
/// is still generated, without the hierarchy, as code that compiles cleanly and keeps the payload.
/// </summary>
public sealed class DiscriminatorDiagnosticTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Diag, version: "1" }
        paths: {}
        components:
          schemas:
            # A string alternative cannot derive from a record: a union without the discriminator.
            Mixed:
              oneOf:
                - $ref: '#/components/schemas/A'
                - type: string
              discriminator:
                propertyName: kind
            A:
              type: object
              required: [kind]
              properties:
                kind: { type: string }
                a: { type: string }
            B:
              type: object
              required: [kind]
              properties:
                kind: { type: string }
            # B can derive from one base only: the first (First) gets it, Second is reported.
            First:
              oneOf:
                - $ref: '#/components/schemas/B'
              discriminator:
                propertyName: kind
            Second:
              oneOf:
                - $ref: '#/components/schemas/B'
                - $ref: '#/components/schemas/C'
              discriminator:
                propertyName: kind
            C:
              type: object
              properties:
                kind: { type: string }
            # Properties beside oneOf without a discriminator: the alternatives are ignored.
            Partial:
              type: object
              properties:
                id: { type: string }
              oneOf:
                - $ref: '#/components/schemas/A'
                - $ref: '#/components/schemas/C'
            # An allOf child with a discriminator of its own (and children) cannot also derive: it is left out.
            Animal:
              type: object
              required: [type]
              properties:
                type: { type: string }
              discriminator: { propertyName: type }
            Bird:
              allOf:
                - $ref: '#/components/schemas/Animal'
                - type: object
                  properties:
                    wings: { type: integer }
            Fish:
              allOf:
                - $ref: '#/components/schemas/Animal'
                - type: object
                  properties:
                    fins: { type: integer }
              discriminator: { propertyName: type }
            Shark:
              allOf:
                - $ref: '#/components/schemas/Fish'
                - type: object
                  properties:
                    teeth: { type: integer }
            # A discriminator with nothing to select is an ordinary property.
            Plain:
              type: object
              properties:
                type: { type: string }
              discriminator: { propertyName: type }
            Both:
              oneOf:
                - type: string
              anyOf:
                - type: integer
        """;

    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromText(Spec));

    [Fact]
    public void A_non_object_alternative_makes_a_union_and_is_reported_at_the_schema()
    {
        Assert.Contains(Lazy.Value.Diagnostics, d => d.StartsWith("test.yaml(8,7): warning OAG0012: The discriminator 'kind' of 'Mixed' is not applied because the inline schema at line 10, column 11 is not an object schema; it is generated as a union that reads the alternatives by shape, without the discriminator. Make every schema", StringComparison.Ordinal));
        Assert.Contains("public sealed partial record Mixed\n", Lazy.Value.Text("Mixed"), StringComparison.Ordinal);
        Lazy.Value.RoundTrip("Mixed", """{"kind":"A","a":"x"}""");
        Lazy.Value.RoundTrip("Mixed", "\"text\"");
    }

    [Fact]
    public void A_schema_claimed_by_two_bases_derives_from_the_first_and_the_second_is_reported()
    {
        Assert.Contains("public sealed partial record B : global::Schemas.Client.First\n", Lazy.Value.Text("B"), StringComparison.Ordinal);
        Assert.Contains(Lazy.Value.Diagnostics, d => d.Contains("OAG0012", StringComparison.Ordinal) && d.Contains("'Second'", StringComparison.Ordinal) && d.Contains("'B' already derives from another schema with a discriminator", StringComparison.Ordinal));
        Assert.Contains("public sealed partial record Second\n", Lazy.Value.Text("Second"), StringComparison.Ordinal);
        Lazy.Value.RoundTrip("Second", """{"kind":"C","x":1}""");
    }

    [Fact]
    public void Other_partly_generated_constructs_are_reported_as_unsupported()
    {
        Assert.Contains(Lazy.Value.Diagnostics, d => d.Contains("warning OAG0007: The schema has oneOf/anyOf beside its own properties (or allOf) and no discriminator, which no one C# type can be; it is generated as a record with the properties only; the alternatives are ignored. Add a discriminator, or move the properties into each alternative", StringComparison.Ordinal));
        Assert.Contains(Lazy.Value.Diagnostics, d => d.Contains("warning OAG0007: The schema has both oneOf and anyOf; it is generated from the oneOf alternatives; the anyOf ones are ignored. Merge them into one list (oneOf, or anyOf)", StringComparison.Ordinal));
        // And one rename: schema A's property 'a' cannot be called A (OAG0011).
        Assert.Equal(6, Lazy.Value.Diagnostics.Count);
    }

    [Fact]
    public void A_child_with_its_own_hierarchy_is_left_out_of_the_parent_one_and_reported()
    {
        Assert.Contains(Lazy.Value.Diagnostics, d => d.Contains("warning OAG0012: The discriminator 'type' of 'Animal' is not applied because 'Fish' has a discriminator of its own; the hierarchy is generated without the schemas named. Make every schema", StringComparison.Ordinal));
        Assert.Contains("public sealed partial record Bird : global::Schemas.Client.Animal\n", Lazy.Value.Text("Bird"), StringComparison.Ordinal);
        Assert.Contains("public abstract partial record Fish : global::System.Text.Json.Serialization.IJsonOnDeserialized\n", Lazy.Value.Text("Fish"), StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Shark : global::Schemas.Client.Fish\n", Lazy.Value.Text("Shark"), StringComparison.Ordinal);
        Assert.Equal("UnknownAnimal", Lazy.Value.Read("Animal", """{"type":"Fish"}""")!.GetType().Name);
        Assert.Equal("Shark", Lazy.Value.Read("Fish", """{"type":"Shark","teeth":3}""")!.GetType().Name);
    }

    [Fact]
    public void A_discriminator_that_selects_nothing_leaves_an_ordinary_record()
    {
        Assert.Contains("public sealed partial record Plain : global::System.Text.Json.Serialization.IJsonOnDeserialized\n", Lazy.Value.Text("Plain"), StringComparison.Ordinal);
        Lazy.Value.RoundTrip("Plain", """{"type":"anything","x":1}""");
    }
}
