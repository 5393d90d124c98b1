using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerCenter.Customers;
using PartnerCenter.Customers.Tests.DocumentedSamples;
using Peer = PartnerCenter.NSwagPeer;

namespace PartnerCenter.WireCrossCheck.Tests;

/// <summary>
/// What NSwag 14.7.1 (with the settings of nswag.json) cannot express or generates wrongly for this spec, each shown on
/// a documented body. The sample cross-check compares only what both clients can read; these tests pin the rest, so a
/// fix in NSwag (or a setting that works around it) shows up as a failure to revisit here.
/// </summary>
public sealed class NSwagLimitationsTests
{
    private static readonly string DocumentedCustomer = SampleCatalog.Text("get-customer-by-id.response.json");

    [Fact]
    public void Open_enums_NSwag_fails_on_a_value_the_spec_does_not_list_where_ours_keeps_it()
    {
        // The spec says relationshipToPartner is open-ended (clients must keep unlisted values). NSwag generates a
        // closed C# enum with JsonStringEnumConverter, which throws on any other string: the whole customer is lost.
        var body = With(DocumentedCustomer, "relationshipToPartner", "indirect_reseller_of_record");

        var ours = JsonSerializer.Deserialize(body, PartnerCenterCustomersJsonContext.Default.Customer)!;
        var peer = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Peer.Customer>(body, PeerClient.Options));

        Assert.Equal("indirect_reseller_of_record", ours.RelationshipToPartner?.Value);
        Assert.False(ours.RelationshipToPartner?.IsKnown);
        Assert.Equal("$.relationshipToPartner", peer.Path);
    }

    [Fact]
    public void Enum_wire_values_NSwag_writes_the_CSharp_member_name_not_the_spec_value()
    {
        // NSwag puts the wire value in [EnumMember(Value = "reseller")], which System.Text.Json ignores; its
        // JsonStringEnumConverter writes the member name. Reading works only because that converter matches names
        // case-insensitively ("reseller" -> Reseller, "microsoft_support" -> Microsoft_support).
        var ours = JsonSerializer.Deserialize(DocumentedCustomer, PartnerCenterCustomersJsonContext.Default.Customer)!;
        var peer = JsonSerializer.Deserialize<Peer.Customer>(DocumentedCustomer, PeerClient.Options)!;

        Assert.Equal("reseller", JsonNode.Parse(JsonSerializer.Serialize(ours, PartnerCenterCustomersJsonContext.Default.Customer))!["relationshipToPartner"]!.GetValue<string>());
        Assert.Equal("Reseller", JsonNode.Parse(JsonSerializer.Serialize(peer, PeerClient.Options))!["relationshipToPartner"]!.GetValue<string>());
    }

    [Fact]
    public async Task Enum_wire_values_NSwag_sends_the_documented_relationship_removal_with_the_wrong_value()
    {
        // The same defect in a request: the documented PATCH body says "none"; NSwag's client sends "None".
        var documented = SampleCatalog.Text("remove-reseller-relationship.request.json");
        var patch = JsonSerializer.Deserialize<Peer.CustomerPatch>(documented, PeerClient.Options)!;
        var handler = new RecordingHandler(SampleCatalog.Text("remove-reseller-relationship.response.camel-case.json"));
        using var http = new HttpClient(handler);

        await new Peer.PartnerCenterCustomersClient(http).RemoveResellerRelationshipAsync(patch, Guid.Parse("aaaabbbb-0000-cccc-1111-dddd2222eeee"));

        Assert.Equal("none", JsonNode.Parse(documented)!["relationshipToPartner"]!.GetValue<string>());
        Assert.Equal("None", JsonNode.Parse(handler.RequestBody!)!["relationshipToPartner"]!.GetValue<string>());
    }

    [Fact]
    public void Required_members_NSwag_reads_a_customer_without_its_required_id()
    {
        // `id` is required (Customer.required). NSwag's System.Text.Json output marks nothing [JsonRequired] and
        // declares Id non-nullable with `= default!`, so a body without it reads as a customer whose Id is null.
        var body = Without(DocumentedCustomer, "id");

        var ours = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(body, PartnerCenterCustomersJsonContext.Default.Customer));
        var peer = JsonSerializer.Deserialize<Peer.Customer>(body, PeerClient.Options)!;

        Assert.Contains("'id'", ours.Message, StringComparison.Ordinal);
        Assert.Null(peer.Id);
    }

    [Fact]
    public void Unknown_members_both_clients_keep_and_write_back_a_member_the_spec_does_not_declare()
    {
        // Not a limitation: NSwag also generates [JsonExtensionData] AdditionalProperties. Shown here because the
        // cross-check relies on it (unknown members are compared like typed ones, see Reading).
        var member = JsonNode.Parse("""{"since":"2024-01-01","levels":[1,2,null]}""")!;
        var body = JsonNode.Parse(DocumentedCustomer)!.AsObject();
        body["futureMember"] = member.DeepClone();
        var text = body.ToJsonString();

        var ours = Read.Ours(text, typeof(Customer));
        var peer = Read.Peer(text, typeof(Peer.Customer));

        Assert.Empty(JsonDiff.Between(ours.Values, peer.Values));
        Assert.True(JsonNode.DeepEquals(member, ours.Values![Reading.UnknownMembers]!["futureMember"]));
        Assert.True(JsonNode.DeepEquals(member, JsonNode.Parse(JsonSerializer.Serialize(peer.Model, PeerClient.Options))!["futureMember"]));
        Assert.True(JsonNode.DeepEquals(member, JsonNode.Parse(JsonSerializer.Serialize((Customer)ours.Model!, PartnerCenterCustomersJsonContext.Default.Customer))!["futureMember"]));
    }

    [Fact]
    public async Task Json_query_parameters_NSwag_types_the_filter_as_object_and_sends_its_type_name()
    {
        // The filter is declared with `content: application/json` (a JSON document as the query value). NSwag types
        // the parameter as `object` and formats it with Convert.ToString: a CustomerFilter goes out as its class name.
        var parameter = typeof(Peer.IPartnerCenterCustomersClient).GetMethod(nameof(Peer.IPartnerCenterCustomersClient.ListCustomersAsync))!
            .GetParameters().Single(candidate => candidate.Name == "filter");
        var filter = JsonSerializer.Deserialize<Peer.CustomerFilter>(SampleCatalog.Text("list-customers-by-company-name.filter.json"), PeerClient.Options)!;
        var handler = new RecordingHandler(SampleCatalog.Text("list-customers-by-company-name.response.json"));
        using var http = new HttpClient(handler);

        await new Peer.PartnerCenterCustomersClient(http).ListCustomersAsync(size: 0, filter: filter);

        Assert.Equal(typeof(object), parameter.ParameterType);
        var query = System.Web.HttpUtility.ParseQueryString(handler.RequestUri!.Query);
        Assert.Equal(typeof(Peer.CustomerFilter).FullName, query["filter"]);
    }

    private static string With(string json, string member, string value)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        Assert.True(body.ContainsKey(member));
        body[member] = value;
        return body.ToJsonString();
    }

    private static string Without(string json, string member)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        Assert.True(body.Remove(member));
        return body.ToJsonString();
    }
}
