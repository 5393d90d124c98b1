using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// Integer enums wrap an int for format int32 (as int32 properties are ints) and a long otherwise; string enums convert
/// from a null string without throwing: to null for a nullable target, to the default value otherwise.
/// </summary>
public sealed class EnumValueTests
{
    private const string Probe = """
        using Schemas.Client;

        public static class NullProbe
        {
            public static Color? ToNullable()
            {
                string? text = null;
                Color? color = text;
                return color;
            }

            public static Color ToValue()
            {
                Color color = (string)null!;
                return color;
            }

            public static Color? Given(string? text) => text;

            public static int LevelValue() => Level.Value2.Value;

            public static Level FromInt(int value) => value;
        }
        """;

    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromSpec("enum-values.yaml", Probe));

    private static GeneratedModels Models => Lazy.Value;

    [Theory]
    [InlineData("Level")]
    [InlineData("Color")]
    public void Generated_enum_matches_its_snapshot(string typeName)
        => Snapshot.Match(SnapshotText.Of(Models.Text(typeName)), SnapshotNameExtension.Create(typeName));

    [Theory]
    [InlineData("Level", typeof(int))]
    [InlineData("Wide", typeof(long))]
    [InlineData("Plain", typeof(long))]
    [InlineData("TooWide", typeof(long))]
    [InlineData("Color", typeof(string))]
    public void An_enum_wraps_the_type_its_format_names(string typeName, Type valueType)
        => Assert.Equal(valueType, Models.Type(typeName).GetProperty("Value")!.PropertyType);

    [Fact]
    public void Int32_properties_are_int()
    {
        Assert.Equal(typeof(int), Models.Type("Holder").GetProperty("Count")!.PropertyType);
        Assert.Equal(2, Models.Call("NullProbe", "LevelValue"));
    }

    [Fact]
    public void An_int32_enum_round_trips_unknown_values_and_rejects_values_beyond_int()
    {
        var holder = Models.RoundTrip("Holder", """{"level":7,"count":-2147483648,"color":"blue"}""");
        Assert.Equal(7, Models.Type("Level").GetProperty("Value")!.GetValue(GeneratedModels.Get(holder, "Level")));

        var error = Assert.Throws<System.Text.Json.JsonException>(() => Models.Read("Holder", """{"level":3000000000,"count":1}"""));
        Assert.Equal("$.level", error.Path);
    }

    [Fact]
    public void A_null_string_converts_to_null_or_to_the_default_value_without_throwing()
    {
        Assert.Null(Models.Call("NullProbe", "ToNullable"));
        Assert.Null(Models.Call("NullProbe", "Given", [null]));

        var value = Models.Call("NullProbe", "ToValue")!;
        Assert.Equal(Activator.CreateInstance(Models.Type("Color")), value);
        Assert.Equal(string.Empty, Models.Type("Color").GetProperty("Value")!.GetValue(value));
    }

    [Fact]
    public void A_pager_reads_an_int32_enum_from_a_next_link_as_an_int()
    {
        // The whole output compiles (GeneratedModels asserts it): new Level(int) takes what Parse<int> gives.
        var pager = Models.Text("EnumValuesApiPaging");

        Assert.Contains("new global::Schemas.Client.Level(global::Specweave.Runtime.Paging.Parse<int>(", pager, StringComparison.Ordinal);
        Assert.Contains("new global::Schemas.Client.Wide(global::Specweave.Runtime.Paging.Parse<long>(", pager, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_converts_to_a_nullable_enum_with_its_value()
    {
        var value = Models.Call("NullProbe", "Given", ["green"])!;

        Assert.Equal("green", Models.Type("Color").GetProperty("Value")!.GetValue(value));
        Assert.Equal(true, Models.Type("Color").GetProperty("IsKnown")!.GetValue(value));
    }
}
