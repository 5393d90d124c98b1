using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// additionalProperties (typed, free-form, forbidden), free-form objects, nested collections (equatable and
/// read-only at every level), recursive and mutually recursive schemas, inline object names.
/// </summary>
public sealed class CollectionTests
{
    private const string Probe = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Text.Json;
        using Schemas.Client;

        public static class CollectionProbe
        {
            private static Grid Make(int last, string json) => new()
            {
                Cells = new List<IReadOnlyList<int>> { new List<int> { 1, 2 }, new List<int> { 3, last } },
                Groups = new Dictionary<string, IReadOnlyList<string>> { ["a"] = new List<string> { "x" } },
                Metadata = JsonDocument.Parse(json).RootElement,
            };

            // Equal contents at every level (and equal free-form JSON) make equal records, and different ones do not.
            public static bool NestedEquality()
                => Make(4, "{\"k\":[1,2]}") == Make(4, "{ \"k\" : [1, 2] }")
                   && Make(4, "{}") != Make(5, "{}")
                   && Make(4, "{\"k\":1}") != Make(4, "{\"k\":2}")
                   && Make(4, "{}").GetHashCode() == Make(4, "{}").GetHashCode();

            // Inner lists are copies: changing the list given does not change the record, and no level casts back to a mutable list.
            public static bool NestedCopiesAreReadOnly()
            {
                var inner = new List<int> { 1 };
                var grid = new Grid { Cells = new List<IReadOnlyList<int>> { inner }, Groups = new Dictionary<string, IReadOnlyList<string>> { ["g"] = new List<string> { "v" } } };
                inner.Add(2);
                return grid.Cells[0].Count == 1
                    && grid.Cells is not IList<IReadOnlyList<int>>
                    && grid.Cells[0] is not IList<int>
                    && grid.Groups!["g"] is not IList<string>
                    && grid.Groups is not IDictionary<string, IReadOnlyList<string>>;
            }

            public static bool Recursive()
            {
                var leaf = new TreeNode { Value = "leaf" };
                var root = new TreeNode { Value = "root", Children = new[] { leaf } };
                var employee = new Employee { Name = "e", Department = new Department { Name = "d", Head = new Employee { Name = "h" } } };
                return root.Children![0] == leaf && employee.Department!.Head!.Name == "h";
            }
        }
        """;

    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromSpec("collections.yaml", Probe));

    private static GeneratedModels Models => Lazy.Value;

    [Fact]
    public void The_spec_generates_without_diagnostics()
    {
        Assert.Empty(Models.Diagnostics);
    }

    [Fact]
    public void Nested_collections_are_copied_at_every_level()
    {
        var text = Models.Text("Grid");

        Assert.Contains("public required global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<int>> Cells", text, StringComparison.Ordinal);
        Assert.Contains("init => _cells = global::Specweave.Runtime.EquatableArray.From(value, static item1 => global::Specweave.Runtime.EquatableArray.From(item1));", text, StringComparison.Ordinal);
        Assert.Contains("init => _layers = global::Specweave.Runtime.EquatableArray.From(value, static item1 => global::Specweave.Runtime.EquatableArray.From(item1, static item2 => global::Specweave.Runtime.EquatableArray.From(item2)));", text, StringComparison.Ordinal);
        Assert.Contains("global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>? Groups", text, StringComparison.Ordinal);
        Assert.Contains("init => _groups = global::Specweave.Runtime.EquatableDictionary.From(value, static item1 => global::Specweave.Runtime.EquatableArray.From(item1));", text, StringComparison.Ordinal);
        Assert.True((bool)Models.Call("CollectionProbe", "NestedCopiesAreReadOnly")!);
    }

    [Fact]
    public void Nested_collections_and_free_form_json_compare_by_contents()
    {
        Assert.True((bool)Models.Call("CollectionProbe", "NestedEquality")!);

        const string json = """{"cells":[[1],[2,3]],"layers":[[["a",null]]],"groups":{"g":["x"]},"lookup":{"a":{"b":1.5}},"metadata":{"x":[1,{"y":null}]},"anything":[true]}""";
        Assert.Equal(Models.Read("Grid", json), Models.Read("Grid", json));
        Assert.NotEqual(Models.Read("Grid", json), Models.Read("Grid", json.Replace("\"y\":null", "\"y\":0", StringComparison.Ordinal)));
    }

    [Fact]
    public void Free_form_objects_and_additional_properties_keep_every_property()
    {
        const string json = """
            {"cells":[],"counts":{"a":1,"b":-2},"metadata":{"deep":{"list":[1,"two",null,{"three":3}]},"flag":false},
             "anything":"a string this time","settings":{"x":1,"y":[2]},"origin":{"x":1.5,"y":-2,"z":9},"unknown":{"kept":true}}
            """;

        Models.RoundTrip("Grid", json);
        Assert.Contains("public global::System.Text.Json.JsonElement? Metadata", Models.Text("Grid"), StringComparison.Ordinal);
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyDictionary<string, long>? Counts", Models.Text("Grid"), StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_additional_properties_beside_named_ones_are_kept_and_documented()
    {
        Models.RoundTrip("Labels", """{"primary":"p","en":"English","fr":"Français"}""");

        Assert.Contains("Properties not named here are kept in AdditionalProperties as JSON; the API description gives their values one schema (string).", Models.Text("Labels"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_object_has_no_additional_properties_and_drops_unknown_ones()
    {
        Assert.DoesNotContain("AdditionalProperties", Models.Text("Closed"), StringComparison.Ordinal);

        JsonAssert.SemanticallyEqual("""{"only":"o"}""", Models.Write("Closed", Models.Read("Closed", """{"only":"o","extra":1}""")));
    }

    [Fact]
    public void Recursive_and_mutually_recursive_schemas_compile_and_round_trip()
    {
        Assert.True((bool)Models.Call("CollectionProbe", "Recursive")!);
        Models.RoundTrip("TreeNode", """{"value":"root","children":[{"value":"a","children":[{"value":"b"}]}],"parent":{"value":"p"}}""");
        Models.RoundTrip("Employee", """{"name":"e","department":{"name":"d","head":{"name":"h","reports":{"r":{"name":"x"}}}}}""");
    }

    [Fact]
    public void An_inline_object_is_a_record_named_after_its_place()
    {
        Assert.Contains("public global::Schemas.Client.GridOrigin? Origin { get; init; }", Models.Text("Grid"), StringComparison.Ordinal);
        Assert.Contains("public required double X { get; init; }", Models.Text("GridOrigin"), StringComparison.Ordinal);
    }
}
