using System.Text.Json.Nodes;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// A discriminator (allOf inheritance or oneOf alternatives) makes an abstract base record with sealed
/// derived records and a converter; an unknown discriminator value reads as Unknown{Base} and is written back unchanged.
/// </summary>
public sealed class PolymorphismTests
{
    private static GeneratedModels Models => SchemaSpecs.Composition.Value;

    [Fact]
    public void AllOf_inheritance_gives_an_abstract_base_and_sealed_derived_records()
    {
        Assert.Contains("public abstract partial record Pet : global::System.Text.Json.Serialization.IJsonOnDeserialized\n", Models.Text("Pet"), StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Dog : global::Schemas.Client.Pet\n", Models.Text("Dog"), StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Cat : global::Schemas.Client.Pet\n", Models.Text("Cat"), StringComparison.Ordinal);
        Assert.Contains("public sealed partial record UnknownPet : global::Schemas.Client.Pet\n", Models.Text("UnknownPet"), StringComparison.Ordinal);
        Assert.True(Models.Type("Pet").IsAbstract);
        Assert.Equal(Models.Type("Pet"), Models.Type("Cat").BaseType);

        Assert.Contains("public sealed partial record Hamster : global::Schemas.Client.Pet\n", Models.Text("Hamster"), StringComparison.Ordinal);

        // The derived records declare only what the base does not.
        Assert.DoesNotContain("\"name\"", Models.Text("Dog"), StringComparison.Ordinal);
        Assert.Contains("public required int Lives { get; init; }", Models.Text("Cat"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"Rex","barks":true,"petType":"dog"}""", "Dog")]
    [InlineData("""{"petType":"doggo","name":"Rex"}""", "Dog")]
    [InlineData("""{"name":"Tom","lives":9,"petType":"Cat","whiskers":12}""", "Cat")]
    [InlineData("""{"petType":"Hamster","name":"Hammy","wheel":true}""", "Hamster")]
    public void Known_discriminator_values_read_as_their_record_wherever_the_discriminator_is_and_round_trip(string json, string expectedType)
    {
        var pet = Models.RoundTrip("Pet", json);

        Assert.Equal(expectedType, pet.GetType().Name);
    }

    [Fact]
    public void An_unknown_discriminator_value_reads_as_UnknownPet_and_survives_read_then_write()
    {
        const string json = """{"name":"Liz","petType":"lizard","scales":{"count":300,"colour":"green"},"tags":["a"]}""";

        var pet = Models.RoundTrip("Pet", json);

        Assert.Equal("UnknownPet", pet.GetType().Name);
        Assert.Equal("lizard", GeneratedModels.Get(pet, "PetType"));
        Assert.Equal("Liz", GeneratedModels.Get(pet, "Name"));
    }

    [Fact]
    public void Unknown_values_survive_inside_collections_and_properties_too()
    {
        const string json = """{"pets":[{"petType":"dog","name":"a"},{"petType":"hamster","name":"b","wheel":true}],"favourite":{"name":"c","petType":"parrot"}}""";

        var owner = Models.RoundTrip("Owner", json);

        var pets = ((System.Collections.IEnumerable)GeneratedModels.Get(owner, "Pets")!).Cast<object>().Select(p => p.GetType().Name).ToList();
        Assert.Equal(["Dog", "UnknownPet"], pets);
    }

    [Fact]
    public void A_missing_required_discriminator_fails_with_a_json_exception()
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => Models.Read("Pet", """{"name":"x"}"""));
        Assert.Contains("petType", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_made_in_code_writes_its_discriminator()
    {
        var dog = Models.Call("CompositionProbe", "NewDog")!;

        JsonAssert.SemanticallyEqual("""{"petType":"dog","name":"Rex","barks":true}""", Models.Write("Pet", dog));
    }

    [Fact]
    public void OneOf_with_a_discriminator_derives_the_alternatives_from_an_abstract_base()
    {
        Assert.Contains("public abstract partial record Shape : global::System.Text.Json.Serialization.IJsonOnDeserialized\n", Models.Text("Shape"), StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Circle : global::Schemas.Client.Shape\n", Models.Text("Circle"), StringComparison.Ordinal);

        var drawing = Models.RoundTrip("Drawing", """{"shapes":[{"radius":1.5,"kind":"circle"},{"side":2,"kind":"square"},{"kind":"hexagon","side":3,"angle":120}]}""");

        var kinds = ((System.Collections.IEnumerable)GeneratedModels.Get(drawing, "Shapes")!).Cast<object>().Select(s => s.GetType().Name).ToList();
        Assert.Equal(["Circle", "Square", "UnknownShape"], kinds);
    }

    [Fact]
    public void Records_read_from_the_same_json_are_equal_and_differ_by_derived_type()
    {
        const string json = """{"name":"Tom","lives":9,"petType":"Cat","extra":{"a":[1,2]}}""";

        Assert.Equal(Models.Read("Pet", json), Models.Read("Pet", json));
        Assert.NotEqual(Models.Read("Pet", json), Models.Read("Pet", json.Replace("\"Cat\"", "\"Kat\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_json_written_for_every_sample_is_an_object_with_the_discriminator()
    {
        var written = Models.Write("Pet", Models.Read("Pet", """{"petType":"doggo","name":"Rex"}"""));

        Assert.Equal("doggo", JsonNode.Parse(written)!["petType"]!.GetValue<string>());
    }

    [Fact]
    public void Each_base_gets_the_components_that_name_it_in_allOf_once_each_in_id_order()
    {
        // Ant names Pet twice and comes after Zebra in the document; Ball belongs to the other base.
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /pets:
                get:
                  operationId: getPet
                  responses:
                    "200":
                      description: A pet.
                      content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } }
              /toys:
                get:
                  operationId: getToy
                  responses:
                    "200":
                      description: A toy.
                      content: { application/json: { schema: { $ref: '#/components/schemas/Toy' } } }
            components:
              schemas:
                Pet:
                  type: object
                  required: [kind]
                  discriminator: { propertyName: kind }
                  properties:
                    kind: { type: string }
                Zebra:
                  allOf:
                    - $ref: '#/components/schemas/Pet'
                    - type: object
                      properties:
                        stripes: { type: integer }
                Ant:
                  allOf:
                    - $ref: '#/components/schemas/Pet'
                    - $ref: '#/components/schemas/Pet'
                    - type: object
                      properties:
                        legs: { type: integer }
                Toy:
                  type: object
                  required: [type]
                  discriminator: { propertyName: type }
                  properties:
                    type: { type: string }
                Ball:
                  allOf:
                    - $ref: '#/components/schemas/Toy'
                    - type: object
                      properties:
                        size: { type: integer }
            """);

        Assert.Empty(output.Diagnostics);
        Assert.Contains("decides which record a JSON object reads as: Ant (&quot;Ant&quot;), Zebra (&quot;Zebra&quot;); any other value reads as UnknownPet", output.FileText("Pet.g.cs"), StringComparison.Ordinal);
        Assert.Contains("decides which record a JSON object reads as: Ball (&quot;Ball&quot;); any other value reads as UnknownToy", output.FileText("Toy.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Ant : global::Generated.Client.Pet\n", output.FileText("Ant.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Ball : global::Generated.Client.Toy\n", output.FileText("Ball.g.cs"), StringComparison.Ordinal);
    }
}
