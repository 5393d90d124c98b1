using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Naming;

/// <summary>Spec names that are keywords, start with digits, are not ASCII, equal their type's name or collide after conversion.</summary>
public sealed class NamingSpecTests
{
    private const string Probe = """
        using Schemas.Client;

        public static class NamesProbe
        {
            // Every name the rule (docs/naming.md) promises, checked by the compiler.
            public static Class Make() => new()
            {
                Class2 = "class", Namespace = "namespace", Event = "event", _1st = "1st", Prénom = "prénom", 名前 = "名前",
                FooBar = "foo_bar", FooBar2 = "fooBar", FooBar3 = "FooBar", Equals2 = "equals", AdditionalProperties = "AdditionalProperties",
                Property = "", RefLike = "$ref-like",
            };

            public static Event MakeEvent() => new() { Namespace = new _1stPlace { Score = 1 }, Owner = new Pet2(), Other = new Pet() };

            public static string EnumValue() => Schemas.Client.Prénom.A.Value;
        }
        """;

    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromSpec("names.yaml", Probe));

    private static GeneratedModels Models => Lazy.Value;

    [Fact]
    public void Every_name_becomes_a_valid_readable_identifier_and_maps_back_to_its_json_name()
    {
        var made = Models.Call("NamesProbe", "Make")!;

        JsonAssert.SemanticallyEqual(
            """{"class":"class","namespace":"namespace","event":"event","1st":"1st","prénom":"prénom","名前":"名前","foo_bar":"foo_bar","fooBar":"fooBar","FooBar":"FooBar","equals":"equals","AdditionalProperties":"AdditionalProperties","":"","$ref-like":"$ref-like"}""",
            Models.Write("Class", made));
        Assert.NotNull(Models.Call("NamesProbe", "MakeEvent"));
        Assert.Equal("a", Models.Call("NamesProbe", "EnumValue"));
    }

    [Fact]
    public void The_extension_data_property_steps_aside_for_a_spec_property_of_its_name()
    {
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement>? AdditionalProperties2", Models.Text("Class"), StringComparison.Ordinal);
        Models.RoundTrip("Class", """{"AdditionalProperties":"declared","unknown":1}""");
    }

    [Fact]
    public void Type_names_differing_only_in_case_get_distinct_file_names()
    {
        var hintNames = Models.Output.Files.Select(f => f.HintName).ToList();

        Assert.Equal(hintNames.Count, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(Models.HasFile("Pet"));
        Assert.True(Models.HasFile("Pet2"));
    }

    [Fact]
    public void Collisions_are_reported_at_the_spec_location_with_the_name_given()
    {
        var diagnostics = Models.Diagnostics;

        Assert.Contains(diagnostics, d => d.Contains("OAG0011", StringComparison.Ordinal) && d.Contains("'fooBar' becomes 'FooBar' in C#, which is already the name of 'foo_bar' at line", StringComparison.Ordinal) && d.Contains("'FooBar2'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("'FooBar' becomes 'FooBar' in C#, which is already the name of 'foo_bar' at line", StringComparison.Ordinal) && d.Contains("'FooBar3'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("'equals' becomes 'Equals' in C#, which is already a member every C# record has", StringComparison.Ordinal) && d.Contains("'Equals2'", StringComparison.Ordinal));
        // Components are named in id order: "Pet" sorts before "pet", so the lower-case one gets the suffix.
        Assert.Contains(diagnostics, d => d.Contains("'pet' becomes 'Pet' in C#, which is already the name of 'Pet' at line", StringComparison.Ordinal) && d.Contains("'Pet2'", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Matches(@"^names\.yaml\(\d+,\d+\): warning OAG0011: ", d));
    }

    [Fact]
    public void Keyword_parameters_are_escaped()
    {
        var text = Models.Text("INamesApi");

        Assert.Contains("string @class", text, StringComparison.Ordinal);
        Assert.Contains("string? @namespace", text, StringComparison.Ordinal);
        Assert.Contains("string? @event", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_the_same_on_every_run()
    {
        var again = GeneratorRunner.RunOnFile(Path.Combine(TestPaths.TestSpecs, "schemas", "names.yaml"), GeneratedModels.Namespace);

        Assert.Equal(Models.Output.Files, again.Files);
    }
}
