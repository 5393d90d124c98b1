using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerCenter.Customers.Tests.DocumentedSamples;

/// <summary>
/// The camel-case copies made by us (<c>*.camel-case.json</c>) against their published PascalCase originals: the copy
/// changes nothing but the first letter of member names; and what the generated client makes of the originals, whose
/// member names the case-sensitive context does not match.
/// </summary>
public sealed class CamelCaseCopyTests
{
    public static TheoryData<string> CamelCaseCopies() => [.. SampleCatalog.Files.Where(SampleCatalog.IsCamelCaseCopy)];

    [Theory]
    [MemberData(nameof(CamelCaseCopies))]
    public void Camel_case_copy_changes_only_the_first_letter_of_member_names(string copy)
    {
        var original = SampleCatalog.Text(SampleCatalog.OriginalOfCamelCaseCopy(copy));
        var camelCase = SampleCatalog.Text(copy);

        // Same text except for letters lower-cased right after an opening quote (values, order, whitespace and nulls kept)...
        Assert.Equal(original.Length, camelCase.Length);
        for (var i = 0; i < original.Length; i++)
        {
            if (original[i] != camelCase[i])
            {
                Assert.True(
                    i > 0 && original[i - 1] == '"' && char.IsUpper(original[i]) && camelCase[i] == char.ToLowerInvariant(original[i]),
                    $"{copy} differs from its original at offset {i}: '{original[i]}' became '{camelCase[i]}'.");
            }
        }

        // ... and those are exactly the member names: the original with its member names camel-cased is the copy, in order.
        Assert.Equal(JsonNode.Parse(camelCase)!.ToJsonString(), CamelCased(JsonNode.Parse(original))!.ToJsonString());
    }

    [Fact]
    public void Published_billing_profile_update_reads_with_every_member_among_the_additional_properties()
    {
        var profile = JsonSerializer.Deserialize(
            SampleCatalog.Text("update-customer-billing-profile.request.json"),
            PartnerCenterCustomersJsonContext.Default.CustomerBillingProfile)!;

        // Nothing typed: `Id`, `Attributes.Etag`, ... are not `id`, `attributes.etag` to a case-sensitive reader.
        Assert.Equal(new CustomerBillingProfile { AdditionalProperties = profile.AdditionalProperties }, profile);
        Assert.Null(profile.Attributes?.Etag);
        Assert.Equal(
            new[] { "Id", "FirstName", "LastName", "Email", "Culture", "Language", "CompanyName", "DefaultAddress", "Links", "Attributes" }.Order(StringComparer.Ordinal),
            profile.AdditionalProperties!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("<etag>", profile.AdditionalProperties["Attributes"].GetProperty("Etag").GetString());
        Assert.Equal(JsonValueKind.Null, profile.AdditionalProperties["DefaultAddress"].GetProperty("Region").ValueKind);
    }

    [Fact]
    public void Published_relationship_removal_answer_reads_with_every_member_among_the_additional_properties()
    {
        var patch = JsonSerializer.Deserialize(
            SampleCatalog.Text("remove-reseller-relationship.response.json"),
            PartnerCenterCustomersJsonContext.Default.CustomerPatch)!;

        // A service answering as published would give a client no typed relationship: it is kept, but untyped.
        Assert.Equal(new CustomerPatch { AdditionalProperties = patch.AdditionalProperties }, patch);
        Assert.Null(patch.RelationshipToPartner);
        Assert.Equal("none", patch.AdditionalProperties!["RelationshipToPartner"].GetString());
        Assert.Equal("Customer", patch.AdditionalProperties["Attributes"].GetProperty("ObjectType").GetString());
        Assert.Equal(JsonValueKind.Null, patch.AdditionalProperties["Id"].ValueKind);

        // Its camel-case copy, the spec's example, reads typed.
        var camelCase = JsonSerializer.Deserialize(
            SampleCatalog.Text("remove-reseller-relationship.response.camel-case.json"),
            PartnerCenterCustomersJsonContext.Default.CustomerPatch)!;
        Assert.Equal(RelationshipToPartner.None, camelCase.RelationshipToPartner);
        Assert.Equal("Customer", camelCase.Attributes?.ObjectType);
        Assert.Null(camelCase.AdditionalProperties);
    }

    private static JsonNode? CamelCased(JsonNode? node) => node switch
    {
        JsonObject json => new JsonObject(json.Select(member => KeyValuePair.Create(
            char.ToLowerInvariant(member.Key[0]) + member.Key[1..],
            CamelCased(member.Value)))),
        JsonArray array => new JsonArray([.. array.Select(CamelCased)]),
        _ => node?.DeepClone(),
    };
}
