using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit;

namespace PartnerCenter.Customers.Tests.DocumentedSamples;

/// <summary>
/// Every documented body that is valid JSON (responses, requests, filter values, the camel-case copies and their
/// PascalCase originals) is read with the generated <see cref="PartnerCenterCustomersJsonContext"/> into the type the
/// spec declares for it, every value is compared with the document (<see cref="SampleWalk"/>), and the model is written
/// back losslessly, modulo the exceptions listed per sample below; the written JSON is snapshotted.
/// </summary>
public sealed class SampleRoundTripTests
{
    /// <summary>
    /// Samples the generated client does not read, and why. Each is a finding of the sample tests, not a defect of the
    /// test: see <see cref="Unreadable_samples_fail_with_the_reason_given"/>.
    /// </summary>
    private static readonly Dictionary<string, string[]> Unreadable = new(StringComparer.Ordinal)
    {
        // The published request names its members in PascalCase; the spec declares camelCase (x-decision of
        // createCustomer's requestBody), and the context reads names case-sensitively, so the two required members are
        // missing. Its camel-case copy is the spec's example and reads.
        ["create-customer.request.json"] = ["companyProfile", "billingProfile"],
    };

    /// <summary>
    /// The documented exceptions to a lossless round trip, per sample; a sample not listed writes back exactly (as
    /// <see cref="JsonNode.DeepEquals"/> sees it). Each line is a <see cref="SampleWalk.Deviations"/> entry.
    /// </summary>
    private static readonly Dictionary<string, string[]> ExpectedDeviations = new(StringComparer.Ordinal)
    {
        // Date-times: System.Text.Json writes a zero offset as "+00:00"; the instant and the offset are unchanged.
        ["create-customer-qualification.response.json"] =
        [
            "$.vettingCreateDate: \"2020-12-04T20:54:24Z\", written as \"2020-12-04T20:54:24+00:00\"",
        ],
        ["get-customer-qualifications.denied.response.json"] =
        [
            "$[0].vettingCreatedDate: \"2020-12-03T10:37:38.885Z\", written as \"2020-12-03T10:37:38.885+00:00\"",
        ],
        ["get-customer-qualifications.in-review.response.json"] =
        [
            "$[0].vettingCreatedDate: \"2020-12-03T10:37:38.885Z\", written as \"2020-12-03T10:37:38.885+00:00\"",
        ],

        // Explicit nulls: the context ignores null members when writing (JsonIgnoreCondition.WhenWritingNull), and a
        // nullable member holds no difference between null and absent.
        ["remove-reseller-relationship.response.camel-case.json"] =
        [
            "$.id: null, written as absent",
            "$.commerceId: null, written as absent",
            "$.companyProfile: null, written as absent",
            "$.billingProfile: null, written as absent",
            "$.allowDelegatedAccess: null, written as absent",
            "$.userCredentials: null, written as absent",
            "$.customDomains: null, written as absent",
            "$.associatedPartnerId: null, written as absent",
        ],
        ["update-customer-billing-profile.request.camel-case.json"] =
        [
            "$.defaultAddress.region: null, written as absent",
            "$.defaultAddress.addressLine2: null, written as absent",
        ],
    };

    public static TheoryData<string> ValidJsonSamples() => [.. SampleCatalog.ValidJsonFiles];

    [Theory]
    [MemberData(nameof(ValidJsonSamples))]
    public void Sample_reads_into_its_declared_type_with_every_value_and_writes_back(string sample)
    {
        var mapping = SampleCatalog.Map(sample);
        Assert.True(mapping is not null, $"{sample} has no mapping to a type (see {nameof(SampleMappingTests)}).");
        Assert.NotEqual(SampleKind.Published, mapping.Kind);
        var typeInfo = PartnerCenterCustomersJsonContext.Default.GetTypeInfo(mapping.Type)!;
        var text = SampleCatalog.Text(sample);
        if (Unreadable.ContainsKey(sample))
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(text, typeInfo));
            return;
        }

        var model = JsonSerializer.Deserialize(text, typeInfo);

        Assert.NotNull(model);
        Assert.IsAssignableFrom(mapping.Type, model);
        var walk = SampleWalk.Run(JsonNode.Parse(text), model, mapping.Schema, typeInfo);
        Assert.True(walk.Problems.Count == 0, $"{sample} read as {mapping.Type.Name}:\n" + string.Join("\n", walk.Problems));
        Assert.Equal(ExpectedDeviations.GetValueOrDefault(sample, []), walk.Deviations);
        Snapshot.Match(ForReview(walk.Written), SnapshotNameExtension.Create(sample[..^".json".Length]));
    }

    /// <summary>
    /// The written JSON, indented, with only the escapes JSON needs: the client's writer also escapes characters such
    /// as &lt;, &amp; and + (<c>"\u003Cetag\u003E"</c>), which is the same JSON value but hard to review against the sample.
    /// </summary>
    private static string ForReview(string written) =>
        JsonNode.Parse(written)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public void Unreadable_samples_fail_with_the_reason_given()
    {
        foreach (var (sample, missing) in Unreadable)
        {
            var mapping = SampleCatalog.Map(sample)!;
            var typeInfo = PartnerCenterCustomersJsonContext.Default.GetTypeInfo(mapping.Type)!;

            var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(SampleCatalog.Text(sample), typeInfo));

            Assert.Equal("$", exception.Path);
            Assert.All(missing, member => Assert.Contains($"'{member}'", exception.Message, StringComparison.Ordinal));
            Assert.Contains(mapping.Type.Name, exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_listed_exception_names_a_sample_that_exists()
    {
        Assert.All(ExpectedDeviations.Keys.Concat(Unreadable.Keys), sample => Assert.Contains(sample, SampleCatalog.ValidJsonFiles));
    }
}
