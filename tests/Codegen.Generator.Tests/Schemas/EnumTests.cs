using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// String and integer enums are forward-compatible structs: unknown values round-trip; values that are
/// not identifiers get valid, stable member names; values differing only in case stay distinct.
/// </summary>
public sealed class EnumTests
{
    private const string Probe = """
        using Schemas.Client;

        public static class EnumProbe
        {
            // Member names are part of the public API: the compiler checks every one the rule promises.
            public static string[] TrickyValues() => new[]
            {
                Tricky.AB.Value, Tricky._1st.Value, Tricky.Empty.Value, Tricky.Foo.Value, Tricky.Foo2.Value, Tricky.Foo3.Value,
                Tricky.Tricky2.Value, Tricky.Value2.Value, Tricky.Class.Value, Tricky.Prénom.Value, Tricky.名前.Value,
                Tricky.XY.Value, Tricky.XY2.Value,
            };

            public static long[] PriorityValues() => new[]
            {
                Priority.Value1.Value, Priority.Value2.Value, Priority.Value3.Value, Priority.ValueMinus1.Value, Priority.Value100.Value,
            };

            public static bool UnknownIsKept() => new Priority(42).IsKnown == false && ((Priority)42).Value == 42 && Priority.Value1 == new Priority(1);

            public static bool CaseMatters() => Tricky.Foo != Tricky.Foo2 && new Tricky("foo") == Tricky.Foo;
        }
        """;

    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromSpec("enums.yaml", Probe));

    private static GeneratedModels Models => Lazy.Value;

    [Fact]
    public void Non_identifier_and_case_only_values_get_valid_stable_member_names_in_spec_order()
    {
        var values = (string[])Models.Call("EnumProbe", "TrickyValues")!;

        Assert.Equal(["a-b", "1st", "", "foo", "Foo", "FOO", "tricky", "Value", "class", "prénom", "名前", "x y", "x_y"], values);
        Assert.True((bool)Models.Call("EnumProbe", "CaseMatters")!);
    }

    [Fact]
    public void Collisions_after_conversion_are_reported_with_the_name_given()
    {
        Assert.Contains(Models.Diagnostics, d => d.Contains("OAG0011", StringComparison.Ordinal) && d.Contains("'Foo' becomes 'Foo' in C#, which is already the name of 'foo'; it was named 'Foo2'", StringComparison.Ordinal));
        Assert.Contains(Models.Diagnostics, d => d.Contains("'x_y' becomes 'XY' in C#, which is already the name of 'x y'; it was named 'XY2'", StringComparison.Ordinal));
        Assert.Contains(Models.Diagnostics, d => d.StartsWith("enums.yaml(", StringComparison.Ordinal) && d.Contains("OAG0011", StringComparison.Ordinal));
    }

    [Fact]
    public void Integer_enums_wrap_a_long_and_have_named_values()
    {
        var text = Models.Text("Priority");

        Assert.Contains("public readonly partial struct Priority : global::System.IEquatable<Priority>", text, StringComparison.Ordinal);
        Assert.Contains("public long Value => _value;", text, StringComparison.Ordinal);
        Assert.Equal([1L, 2L, 3L, -1L, 100L], (long[])Models.Call("EnumProbe", "PriorityValues")!);
        Assert.True((bool)Models.Call("EnumProbe", "UnknownIsKept")!);
    }

    [Theory]
    [InlineData("""{"tricky":"","priority":1}""")]
    [InlineData("""{"tricky":"FOO","priority":-1,"status":"active","history":[1,2,100],"channel":"phone"}""")]
    [InlineData("""{"tricky":"a brand new value","priority":42,"status":"suspended","history":[7],"channel":"pigeon"}""")]
    [InlineData("""{"tricky":"名前","priority":9223372036854775807}""")]
    public void Known_and_unknown_values_round_trip_exactly(string json)
    {
        Models.RoundTrip("Ticket", json);
    }

    [Fact]
    public void Unknown_values_read_as_not_known_and_equal_values_are_equal()
    {
        var ticket = Models.Read("Ticket", """{"tricky":"foo","priority":42}""")!;
        var priority = GeneratedModels.Get(ticket, "Priority")!;

        Assert.False((bool)GeneratedModels.Get(priority, "IsKnown")!);
        Assert.True((bool)GeneratedModels.Get(GeneratedModels.Get(ticket, "Tricky")!, "IsKnown")!);
        Assert.Equal(ticket, Models.Read("Ticket", """{"priority":42,"tricky":"foo"}"""));
    }

    [Theory]
    [InlineData("""{"tricky":1,"priority":1}""", "Tricky value must be a JSON string")]
    [InlineData("""{"tricky":"a","priority":"1"}""", "Priority value must be a JSON integer")]
    [InlineData("""{"tricky":"a","priority":1.5}""", "Priority value must be a JSON integer")]
    public void A_value_of_the_wrong_json_kind_fails_with_the_path(string json, string message)
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => Models.Read("Ticket", json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Path);
    }

    [Fact]
    public void A_nullable_enum_is_a_nullable_struct_and_inline_enums_are_named_after_their_place()
    {
        var text = Models.Text("Ticket");

        Assert.Contains("public global::Schemas.Client.Status? Status { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public global::Schemas.Client.TicketChannel? Channel { get; init; }", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OneOf_or_anyOf_alternatives_that_are_only_consts_are_an_enum_of_those_values()
    {
        Assert.Contains("public readonly partial struct Direction : global::System.IEquatable<Direction>", Models.Text("Direction"), StringComparison.Ordinal);
        Assert.Contains("public static Direction Up { get; } = new(\"up\");", Models.Text("Direction"), StringComparison.Ordinal);
        Assert.Contains("public static Level Value10 { get; } = new(10);", Models.Text("Level"), StringComparison.Ordinal);
        Assert.Contains("public global::Schemas.Client.Direction? Direction { get; init; }", Models.Text("Ticket"), StringComparison.Ordinal);
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyList<global::Schemas.Client.Level>? Levels", Models.Text("Ticket"), StringComparison.Ordinal);

        var ticket = Models.RoundTrip("Ticket", """{"tricky":"a","priority":1,"direction":"down","levels":[10,7]}""");
        Assert.True((bool)GeneratedModels.Get(GeneratedModels.Get(ticket, "Direction")!, "IsKnown")!);
        var levels = ((System.Collections.IEnumerable)GeneratedModels.Get(ticket, "Levels")!).Cast<object>().Select(l => (bool)GeneratedModels.Get(l, "IsKnown")!);
        Assert.Equal([true, false], levels);
    }

    [Fact]
    public void An_alternative_that_is_more_than_a_const_keeps_the_union()
        => Assert.Contains("public sealed partial record ConstOrCount\n", Models.Text("ConstOrCount"), StringComparison.Ordinal);

    [Fact]
    public void An_enum_of_fractions_keeps_its_number_type_and_says_so()
    {
        Assert.Contains("enums.yaml(43,7): warning OAG0007: The enum's values are neither all strings nor all integers; it is generated as the schema's type, without named values. Make the values one JSON type, or split the enum into one schema per type", Models.Diagnostics);
        Assert.False(Models.HasFile("Ratio"));
        Assert.Contains("public double? Ratio { get; init; }", Models.Text("Ticket"), StringComparison.Ordinal);
        Assert.Equal(1.5, GeneratedModels.Get(Models.RoundTrip("Ticket", """{"tricky":"a","priority":1,"ratio":1.5}"""), "Ratio"));
    }
}
