using System.Text.Json;
using PartnerCenter.Customers;
using PartnerCenter.Customers.Tests.DocumentedSamples;
using Peer = PartnerCenter.NSwagPeer;

namespace PartnerCenter.WireCrossCheck.Tests;

/// <summary>The comparison itself fails on a difference: a changed value, a member one client types and the other only keeps.</summary>
public sealed class ComparisonGuardTests
{
    private static readonly string DocumentedCustomer = SampleCatalog.Text("get-customer-by-id.response.json");

    [Fact]
    public void A_value_read_differently_is_reported_at_its_path()
    {
        var ours = Read.Ours(DocumentedCustomer, typeof(Customer));
        var peer = (Peer.Customer)Read.Peer(DocumentedCustomer, typeof(Peer.Customer)).Model!;
        peer.CompanyProfile!.Address!.City = "Redmond";
        peer.Tags!.Add("extra");

        var differences = JsonDiff.Between(ours.Values, Reading.Of(peer, typeof(Peer.Customer), PeerClient.Options));

        Assert.Equal(
            [
                "$.companyProfile.address.city: ours \"redmond\", NSwag \"Redmond\"",
                "$.tags: ours [\"TestCustomer\",\"USCustomer\"], NSwag [\"TestCustomer\",\"USCustomer\",\"extra\"]",
            ],
            differences);
    }

    [Fact]
    public void A_member_typed_by_one_client_and_only_kept_by_the_other_is_a_difference()
    {
        // Re-serialised, both would write "email" back; as readings, one has it typed and the other does not.
        var ours = Read.Ours(DocumentedCustomer, typeof(Customer));
        var peer = (Peer.Customer)Read.Peer(DocumentedCustomer, typeof(Peer.Customer)).Model!;
        peer.CompanyProfile!.AdditionalProperties["email"] = JsonSerializer.SerializeToElement(peer.CompanyProfile.Email);
        peer.CompanyProfile.Email = null;

        var differences = JsonDiff.Between(ours.Values, Reading.Of(peer, typeof(Peer.Customer), PeerClient.Options));

        Assert.Equal(
            [
                "$.companyProfile.[unknown members]: ours absent, NSwag {\"email\":\"a@a.com\"}",
                "$.companyProfile.email: ours \"a@a.com\", NSwag absent",
            ],
            differences);
    }
}
