using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerCenter.Customers.Tests;

/// <summary>A response that does not match the spec fails with an exception that names the JSON path.</summary>
public sealed class MalformedResponseTests
{
    [Fact]
    public void Missing_required_id_names_the_type()
    {
        var json = JsonNode.Parse(Samples.Corrected)!.AsObject();
        json.Remove("id");

        var exception = Assert.Throws<JsonException>(() => Json.ReadCustomer(json.ToJsonString()));
        Assert.Contains("id", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_deep_in_the_document_names_its_path()
    {
        var json = JsonNode.Parse(Samples.Corrected)!.AsObject();
        json["billingProfile"]!["defaultAddress"]!["city"] = 42;

        var exception = Assert.Throws<JsonException>(() => Json.ReadCustomer(json.ToJsonString()));
        Assert.Equal("$.billingProfile.defaultAddress.city", exception.Path);
    }

    [Fact]
    public void Wrong_type_inside_a_list_names_its_path()
    {
        var json = JsonNode.Parse(Samples.Corrected)!.AsObject();
        json["tags"] = new JsonArray("ok", 7);

        var exception = Assert.Throws<JsonException>(() => Json.ReadCustomer(json.ToJsonString()));
        Assert.Equal("$.tags[1]", exception.Path);
    }

    [Fact]
    public void Relationship_that_is_not_a_string_names_its_path()
    {
        var json = JsonNode.Parse(Samples.Corrected)!.AsObject();
        json["relationshipToPartner"] = 3;

        var exception = Assert.Throws<JsonException>(() => Json.ReadCustomer(json.ToJsonString()));
        Assert.Equal("$.relationshipToPartner", exception.Path);
    }

    [Fact]
    public void Null_for_a_required_non_nullable_property_is_rejected()
    {
        var json = JsonNode.Parse(Samples.Corrected)!.AsObject();
        json["id"] = null;

        var exception = Assert.Throws<JsonException>(() => Json.ReadCustomer(json.ToJsonString()));
        Assert.Contains("id", exception.Message, StringComparison.Ordinal);
    }
}
