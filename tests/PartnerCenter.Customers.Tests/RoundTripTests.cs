using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit;

namespace PartnerCenter.Customers.Tests;

/// <summary>Read → write keeps the wire format: nothing lost, nothing invented.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void Documented_sample_read_then_written_is_semantically_equal_and_snapshotted()
    {
        var written = Json.Write(Json.ReadCustomer(Samples.Corrected));

        Assert.True(Json.SemanticallyEqual(Samples.Corrected, written), "Round trip changed the JSON:\n" + Json.Indented(written));
        Snapshot.Match(Json.Indented(written), SnapshotNameExtension.Create("customer"));
    }

    [Fact]
    public void No_dap_sample_round_trips_without_inventing_the_gated_fields()
    {
        var written = Json.Write(Json.ReadCustomer(Samples.NoDelegatedAccess));

        Assert.True(Json.SemanticallyEqual(Samples.NoDelegatedAccess, written));
        Assert.DoesNotContain("customDomains", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_relationship_value_and_unknown_properties_survive_read_then_write()
    {
        var json = JsonNode.Parse(Samples.Corrected)!.AsObject();
        json["relationshipToPartner"] = "distributor_2031";
        json["futureField"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3), ["flag"] = true };
        json["companyProfile"]!.AsObject()["vatNumber"] = "GB123";
        var input = json.ToJsonString();

        var customer = Json.ReadCustomer(input);
        var written = Json.Write(customer);

        Assert.Equal("distributor_2031", customer.RelationshipToPartner!.Value.Value);
        Assert.False(customer.RelationshipToPartner.Value.IsKnown);
        Assert.True(customer.AdditionalProperties!.ContainsKey("futureField"));
        Assert.True(customer.CompanyProfile!.AdditionalProperties!.ContainsKey("vatNumber"));
        Assert.True(Json.SemanticallyEqual(input, written), "Round trip changed the JSON:\n" + Json.Indented(written));
    }

    [Fact]
    public void Records_with_the_same_unknown_properties_are_equal()
    {
        var json = JsonNode.Parse(Samples.Corrected)!.AsObject();
        json["futureField"] = new JsonObject { ["a"] = 1 };

        Assert.Equal(Json.ReadCustomer(json.ToJsonString()), Json.ReadCustomer(json.ToJsonString()));
    }
}
