using System.Text.Json;
using System.Text.Json.Serialization;

namespace Specweave.Runtime.Tests.QueryStrings;

/// <summary>What the generated code of an OpenAPI 3.2 <c>in: querystring</c> parameter appends to the request's path.</summary>
public sealed class QueryStringTests
{
    [Fact]
    public void Form_pairs_are_the_wire_names_and_json_values_in_property_order_percent_encoded()
    {
        var filter = new Filter { MinSize = 3, Name = "a&b=c d+é/?#", Vaccinated = false, Kind = Kind.Cat, Weight = 0.25 };

        Assert.Equal("?min_size=3&name=a%26b%3Dc%20d%2B%C3%A9%2F%3F%23&vaccinated=false&kind=cat&weight=0.25", QueryString.Form(filter, FilterJson.Default.Filter));
    }

    [Fact]
    public void Unreserved_characters_are_kept_and_everything_else_is_its_utf8_bytes()
        => Assert.Equal("?name=AZaz09-._~%20%21%2A%27%28%29%F0%9F%90%95%E2%82%AC", QueryString.Form(new Filter { Name = "AZaz09-._~ !*'()🐕€" }, FilterJson.Default.Filter));

    [Fact]
    public void Names_are_percent_encoded_as_well()
        => Assert.Equal("?a%20b=1&c%26d=2", QueryString.Form(new Dictionary<string, int> { ["a b"] = 1, ["c&d"] = 2 }, FilterJson.Default.DictionaryStringInt32));

    [Fact]
    public void Arrays_are_exploded_one_pair_per_element()
        => Assert.Equal("?tag=a&tag=b%20c&name=x", QueryString.Form(new Filter { Tag = ["a", "b c"], Name = "x" }, FilterJson.Default.Filter));

    [Fact]
    public void An_object_with_nothing_to_send_and_null_give_no_query_string()
    {
        Assert.Equal(string.Empty, QueryString.Form(new Filter(), FilterJson.Default.Filter));
        Assert.Equal(string.Empty, QueryString.Form(new Filter { Tag = [] }, FilterJson.Default.Filter));
        Assert.Equal(string.Empty, QueryString.Form(null, FilterJson.Default.Filter));
    }

    [Fact]
    public void A_value_form_pairs_cannot_hold_is_refused_with_its_name()
    {
        var nested = Assert.Throws<ArgumentException>(() => QueryString.Form(new Filter { Extra = new Dictionary<string, JsonElement> { ["owner"] = JsonDocument.Parse("""{"name":"x"}""").RootElement } }, FilterJson.Default.Filter));
        Assert.Contains("'owner' holds a JSON object", nested.Message, StringComparison.Ordinal);

        var scalar = Assert.Throws<ArgumentException>(() => QueryString.Form("text", FilterJson.Default.String));
        Assert.Contains("written from an object, but the value is a JSON string", scalar.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pairs_and_the_json_text_for_a_writer_that_encodes_them_itself_are_not_encoded()
    {
        Assert.Equal(
            [new("tag", "a b"), new("tag", "é"), new("name", "x&y")],
            QueryString.FormPairs(new Filter { Tag = ["a b", "é"], Name = "x&y" }, FilterJson.Default.Filter));
        Assert.Empty(QueryString.FormPairs(null, FilterJson.Default.Filter));
        Assert.Equal("""{"min_size":1}""", QueryString.JsonText(new Filter { MinSize = 1 }, FilterJson.Default.Filter));
    }

    [Fact]
    public void Json_is_the_values_json_text_percent_encoded_as_the_whole_query_string()
    {
        Assert.Equal("?%7B%22min_size%22%3A1%7D", QueryString.Json(new Filter { MinSize = 1 }, FilterJson.Default.Filter));
        Assert.Equal("?%7B%7D", QueryString.Json(new Filter(), FilterJson.Default.Filter));
        // JSON escapes (é as \u00E9 here) are the context's encoder's choice: the text is sent as written.
        Assert.Equal("?%5B%22a%22%2C%22%5Cu00E9%22%5D", QueryString.Json(["a", "é"], FilterJson.Default.StringArray));
        Assert.Equal("?42", QueryString.Json(42, FilterJson.Default.Int32));
        Assert.Equal(string.Empty, QueryString.Json(null, FilterJson.Default.Filter));
    }
}

/// <summary>What a generated record looks like to the writer: wire names, an enum written as its value, nulls left out.</summary>
public sealed record Filter
{
    [JsonPropertyName("min_size")]
    public long? MinSize { get; init; }

    [JsonPropertyName("tag")]
    public IReadOnlyList<string>? Tag { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("vaccinated")]
    public bool? Vaccinated { get; init; }

    [JsonPropertyName("kind")]
    public Kind? Kind { get; init; }

    [JsonPropertyName("weight")]
    public double? Weight { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<Kind>))]
public enum Kind
{
    [JsonStringEnumMemberName("cat")]
    Cat,
}

[JsonSerializable(typeof(Filter))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
public sealed partial class FilterJson : JsonSerializerContext;
