using System.Text.Json;
using System.Text.RegularExpressions;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// required × nullable, in 3.0 (<c>nullable: true</c>) and 3.1 (<c>type: [T, "null"]</c>, <c>oneOf [X, null]</c>)
/// forms; readOnly/writeOnly; default and const (documented, never assigned).
/// </summary>
public sealed partial class RequiredNullableTests
{
    private static readonly Lazy<GeneratedModels> OpenApi30 = new(() => GeneratedModels.FromSpec("required-nullable-30.yaml"));
    private static readonly Lazy<GeneratedModels> OpenApi31 = new(() => GeneratedModels.FromSpec("required-nullable-31.yaml"));

    [Fact]
    public void The_specs_generate_without_diagnostics()
    {
        Assert.Empty(OpenApi30.Value.Diagnostics);
        Assert.Empty(OpenApi31.Value.Diagnostics);
    }

    [Theory]
    [InlineData("required-nullable-30.yaml")]
    [InlineData("required-nullable-31.yaml")]
    public void Requiredness_and_nullability_give_the_declared_type(string spec)
    {
        var text = (spec.Contains("30", StringComparison.Ordinal) ? OpenApi30 : OpenApi31).Value.Text("Item");

        Assert.Contains("public required string Id { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public required string? Note { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public required int? Size { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public string? Label { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public string? Etag { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("Read-only: the service sets it in responses; leave it null in requests.", text, StringComparison.Ordinal);
        Assert.Contains("/// <remarks>Default: <c>&quot;red&quot;</c> (what the service assumes when the property is absent; an absent property reads as null).</remarks>", text, StringComparison.Ordinal);
        Assert.Contains("public string? Colour { get; init; }\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_nullable_properties_are_always_written_so_their_null_round_trips()
    {
        var text = OpenApi30.Value.Text("Item");

        Assert.Matches(NeverIgnored(), text);
        OpenApi30.Value.RoundTrip("Item", """{"id":"a","note":null,"tags":[],"size":null}""");
        OpenApi31.Value.RoundTrip("Item", """{"id":"a","note":null,"tags":null,"size":null,"parent":null,"kind":"item"}""");
    }

    [Fact]
    public void The_31_forms_match_the_30_ones_and_oneOf_with_null_is_a_nullable_reference()
    {
        var text = OpenApi31.Value.Text("Item");

        Assert.Contains("public required global::System.Collections.Generic.IReadOnlyList<string>? Tags", text, StringComparison.Ordinal);
        Assert.Contains("public required global::Schemas.Client.Ref? Parent { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public required string Kind { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("/// <remarks>Always <c>&quot;item&quot;</c>.</remarks>", text, StringComparison.Ordinal);
        Assert.Contains("public required global::System.Collections.Generic.IReadOnlyList<string> Tags", OpenApi30.Value.Text("Item"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"note":null,"tags":[],"size":1}""", "id", "$")]
    [InlineData("""{"id":"a","tags":[],"size":1}""", "note", "$")]
    [InlineData("""{"item":{"id":"a","note":"n","tags":[]}}""", "size", "$.item")]
    public void A_missing_required_property_fails_naming_the_property_and_the_path(string json, string property, string path)
    {
        var type = path == "$" ? "Item" : "Wrapper";

        var error = Assert.Throws<JsonException>(() => OpenApi30.Value.Read(type, json));

        Assert.Contains($"'{property}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    [Theory]
    [InlineData("""{"id":null,"note":null,"tags":[],"size":1}""", "$.id")]
    [InlineData("""{"id":"a","note":null,"tags":null,"size":1}""", "$.tags")]
    [InlineData("""{"item":{"id":null,"note":null,"tags":[],"size":1}}""", "$.item.id")]
    // System.Text.Json checks the nullability of properties, not of collection elements: [null] in a
    // list of non-nullable strings is read as a null element (RespectNullableAnnotations's documented limit).
    public void Null_where_the_spec_does_not_allow_it_fails_with_the_path(string json, string path)
    {
        var type = path.StartsWith("$.item", StringComparison.Ordinal) ? "Wrapper" : "Item";

        var error = Assert.Throws<JsonException>(() => OpenApi30.Value.Read(type, json));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Absent_optional_and_defaulted_properties_read_as_null_and_stay_absent()
    {
        const string json = """{"id":"a","note":"n","tags":["x"],"size":3}""";

        var item = OpenApi30.Value.RoundTrip("Item", json);

        Assert.Null(GeneratedModels.Get(item, "Colour"));
        Assert.Null(GeneratedModels.Get(item, "Limit"));
        Assert.Null(GeneratedModels.Get(item, "Label"));
    }

    [Fact]
    public void Read_only_and_write_only_values_round_trip_in_either_direction()
    {
        OpenApi30.Value.RoundTrip("Item", """{"id":"a","note":"n","tags":[],"size":1,"etag":"W/1","serverId":"s","password":"p","colour":"blue","limit":3,"kind":"item"}""");
        Assert.Contains("Write-only: sent in requests; the service does not return it.", OpenApi30.Value.Text("Item"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_oneOf_of_a_single_schema_is_that_schema()
    {
        Assert.Contains("public global::Schemas.Client.Item? Item { get; init; }", OpenApi30.Value.Text("Wrapper"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[global::System\.Text\.Json\.Serialization\.JsonIgnore\(Condition = global::System\.Text\.Json\.Serialization\.JsonIgnoreCondition\.Never\)\]\n    public required string\? Note")]
    private static partial Regex NeverIgnored();
}
