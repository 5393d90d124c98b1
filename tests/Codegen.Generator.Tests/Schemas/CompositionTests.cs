using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>allOf without a discriminator: the parts' properties flattened into one record; single-part wrappers are their target.</summary>
public sealed class CompositionTests
{
    private static GeneratedModels Models => SchemaSpecs.Composition.Value;

    [Fact]
    public void The_composition_spec_generates_without_diagnostics()
    {
        Assert.Empty(Models.Diagnostics);
    }

    [Fact]
    public void AllOf_parts_are_flattened_with_the_requiredness_of_each_part()
    {
        var text = Models.Text("Document");

        Assert.Contains("public sealed partial record Document : global::System.Text.Json.Serialization.IJsonOnDeserialized\n", text, StringComparison.Ordinal);
        Assert.Contains("public required global::System.DateTimeOffset CreatedAt { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public global::System.DateTimeOffset? UpdatedAt { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public string? Name { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public required string Title { get; init; }", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flattened_record_round_trips_and_missing_required_parts_fail_with_the_path()
    {
        const string json = """{"createdAt":"2024-05-01T10:20:30+02:00","name":"n","title":"t","extra":[1]}""";
        var document = Models.RoundTrip("Document", json);

        Assert.True((bool)Models.Call("CompositionProbe", "DocumentHasFlattenedParts", document)!);
        var error = Assert.Throws<System.Text.Json.JsonException>(() => Models.Read("Document", """{"title":"t"}"""));
        Assert.Contains("createdAt", error.Message, StringComparison.Ordinal);
        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void Generating_twice_gives_the_same_files()
    {
        var again = GeneratorRunner.RunOnFile(Path.Combine(TestPaths.TestSpecs, "schemas", "composition.yaml"), GeneratedModels.Namespace);

        Assert.Equal(Models.Output.Files, again.Files);
    }

    [Fact]
    public void A_single_part_allOf_wrapper_is_not_a_type_of_its_own()
    {
        Assert.False(Models.HasFile("DocumentAlias"));
    }
}
