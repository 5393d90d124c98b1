using System.Text.Json;
using PartnerCenter.Customers;
using PartnerCenter.Customers.Tests.DocumentedSamples;

namespace PartnerCenter.WireCrossCheck.Tests;

/// <summary>
/// Every JSON body in <c>spec/samples</c> (enumerated from the folder, so a sample added later is checked too) is read
/// by both clients into the type each one's operation uses for it: ours through <see cref="PartnerCenterCustomersJsonContext"/>,
/// NSwag's through its generated classes and its client's <see cref="JsonSerializerOptions"/>. The two readings are
/// compared value by value (<see cref="Reading"/>, <see cref="JsonDiff"/>); any difference fails.
/// </summary>
public sealed class SampleCrossCheckTests
{
    public static TheoryData<string> JsonSamples() => [.. SampleCatalog.Files.Where(file => file.EndsWith(".json", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(JsonSamples))]
    public void Both_clients_read_the_sample_to_the_same_values(string sample)
    {
        var mapping = SampleCatalog.Map(sample);
        Assert.True(mapping is not null, $"{sample} has no mapping to a type: name it in an example's x-sample-file (see spec/samples/README.md).");
        var text = SampleCatalog.Text(sample);

        var ours = Read.Ours(text, mapping.Type);
        var peer = Read.Peer(text, PeerClient.TypeOf(mapping.Declaration));

        if (Disagreements.Expected.TryGetValue(sample, out var expected))
        {
            Assert.Equal(expected, Disagreements.Describe(ours, peer));
            return;
        }

        if (mapping.Kind == SampleKind.Published)
        {
            // Not valid JSON as published (samples/README.md lists each defect): both clients refuse it.
            Assert.True(ours.Failure is JsonException, $"Our client read the invalid {sample}.");
            Assert.True(peer.Failure is JsonException, $"NSwag's client read the invalid {sample}.");
            return;
        }

        Assert.True(ours.Failure is null, $"Our client failed to read {sample}: {ours.Failure?.Message}");
        Assert.True(peer.Failure is null, $"NSwag's client failed to read {sample}: {peer.Failure?.Message}");
        var differences = JsonDiff.Between(ours.Values, peer.Values);
        Assert.True(differences.Count == 0, $"{sample} read as {mapping.Type.Name}, the clients disagree:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void Every_listed_disagreement_names_a_sample_that_exists()
    {
        Assert.All(Disagreements.Expected.Keys, sample => Assert.Contains(sample, SampleCatalog.Files));
    }
}
