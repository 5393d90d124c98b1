using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.OpenApi32;

/// <summary>
/// OpenAPI 3.2's discriminator <c>defaultMapping</c> is the converter's fallback: a payload whose discriminator is
/// absent or not listed reads as the schema it names (keeping the value read), and there is no Unknown{Base}.
/// </summary>
public sealed class DefaultMappingTests
{
    private const string Spec = """
        openapi: 3.2.0
        info: { title: Pets, version: "1" }
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              properties:
                kind: { type: string }
                name: { type: string }
              discriminator:
                propertyName: kind
                mapping:
                  dog: '#/components/schemas/Dog'
                defaultMapping: OtherPet
              oneOf:
                - $ref: '#/components/schemas/Dog'
            Dog:
              type: object
              properties:
                kind: { type: string }
                name: { type: string }
                barks: { type: boolean }
            OtherPet:
              type: object
              properties:
                kind: { type: string }
                name: { type: string }
        """;

    private static readonly Lazy<GeneratedModels> Models = new(() => GeneratedModels.FromText(Spec));

    [Theory]
    [InlineData("""{"kind":"dog","name":"Rex","barks":true}""", "Dog")]
    [InlineData("""{"kind":"parrot","name":"Polly","words":["hello"]}""", "OtherPet")]
    [InlineData("""{"name":"Nameless"}""", "OtherPet")]
    [InlineData("""{"kind":"OtherPet","name":"Explicit"}""", "OtherPet")]
    public void An_absent_or_unlisted_discriminator_reads_as_the_default_mapping_and_round_trips(string json, string expectedType)
    {
        var pet = Models.Value.RoundTrip("Pet", json);

        Assert.Equal(expectedType, pet.GetType().Name);
    }

    [Fact]
    public void The_value_read_is_kept_on_the_default_record()
    {
        var pet = Models.Value.Read("Pet", """{"kind":"parrot","name":"Polly"}""")!;

        Assert.Equal("parrot", GeneratedModels.Get(pet, "Kind"));
        Assert.Equal("Polly", GeneratedModels.Get(pet, "Name"));
    }

    [Fact]
    public void No_unknown_record_is_generated_and_nothing_is_reported()
    {
        Assert.False(Models.Value.HasFile("UnknownPet"));
        Assert.Equal(Models.Value.Type("Pet"), Models.Value.Type("OtherPet").BaseType);
        Assert.Empty(Models.Value.Diagnostics);
    }

    [Fact]
    public void A_default_mapping_that_names_the_base_itself_leaves_the_fallback_to_the_unknown_record()
    {
        var models = GeneratedModels.FromText(Spec.Replace("defaultMapping: OtherPet", "defaultMapping: Pet", StringComparison.Ordinal));

        Assert.Equal("UnknownPet", models.Read("Pet", """{"kind":"parrot"}""")!.GetType().Name);
        Assert.Empty(models.Diagnostics);
    }

    [Theory]
    [InlineData("Pet")]
    [InlineData("OtherPet")]
    public void Generated_code(string typeName)
        => Snapshot.Match(SnapshotText.Of(Models.Value.Text(typeName)), SnapshotNameExtension.Create(typeName));
}
