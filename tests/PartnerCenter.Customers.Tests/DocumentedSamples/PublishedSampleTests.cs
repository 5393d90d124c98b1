using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerCenter.Customers.Tests.DocumentedSamples;

/// <summary>
/// The bodies kept exactly as published although they are not valid JSON (<c>*.published.json</c>): reading one with
/// the generated context into the type of its repaired copy fails with a <see cref="JsonException"/> located at the
/// published defect, and the repaired copy differs from it only on the lines samples/README.md lists.
/// </summary>
public sealed class PublishedSampleTests
{
    /// <summary>
    /// Per published body: the lines samples/README.md says were repaired (1-based), and where System.Text.Json stops
    /// (1-based line, 0-based byte in the line): the first character of a comment or of the unquoted name, or the
    /// closing bracket right after a trailing comma.
    /// </summary>
    private static readonly Dictionary<string, (int[] RepairedLines, int Line, int Byte, string Defect)> Published = new(StringComparer.Ordinal)
    {
        // `tags": [` has no opening quote: the reader stops at the `t`.
        ["get-customer-by-id.response.published.json"] = ([64], 64, 0, "missing opening quote of `tags`"),

        // A trailing comma after the last item of `items` (line 59): the reader stops at the `]` that follows.
        ["list-customers-of-indirect-reseller.response.published.json"] = ([59], 60, 4, "trailing comma after the last item"),

        // Trailing commas after "Domain" (line 4) and after "Country" (line 18): the reader stops at the first `}` after one.
        ["create-customer.request.published.json"] = ([4, 18], 5, 4, "trailing comma after `Domain`"),

        // A trailing comma after "vettingStatus" (line 4): the reader stops at the `}` after it.
        ["get-customer-qualifications.approved.response.published.json"] = ([4], 5, 4, "trailing comma after `vettingStatus`"),

        // ` // UTC` after the date (line 5).
        ["get-customer-qualifications.in-review.response.published.json"] = ([5], 5, 57, "comment `// UTC`"),

        // ` // example Vetting Reason` (line 5) and ` // UTC` (line 6).
        ["get-customer-qualifications.denied.response.published.json"] = ([5, 6], 5, 54, "comment `// example Vetting Reason`"),

        // ` // could also be "K12"` (line 3).
        ["create-customer-qualification.education.request.published.json"] = ([3], 3, 43, "comment `// could also be \"K12\"`"),

        // ` // UTC` after the date (line 4).
        ["create-customer-qualification.response.published.json"] = ([4], 4, 48, "comment `// UTC`"),
    };

    public static TheoryData<string> PublishedSamples() => [.. SampleCatalog.PublishedFiles];

    [Theory]
    [MemberData(nameof(PublishedSamples))]
    public void Published_sample_fails_to_read_with_a_JsonException_located_at_the_defect(string sample)
    {
        Assert.True(Published.TryGetValue(sample, out var expected), $"{sample}: add the published defect and its location to this test's table.");
        var mapping = SampleCatalog.Map(sample);
        Assert.True(mapping is { Kind: SampleKind.Published }, $"{sample} has no repaired copy that is mapped to a type.");
        var typeInfo = PartnerCenterCustomersJsonContext.Default.GetTypeInfo(mapping.Type)!;

        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(SampleCatalog.Text(sample), typeInfo));

        Assert.True(
            (expected.Line, expected.Byte) == (exception.LineNumber + 1, exception.BytePositionInLine),
            $"{sample} ({expected.Defect}): expected line {expected.Line} byte {expected.Byte}, the reader stopped at line {exception.LineNumber + 1} byte {exception.BytePositionInLine}: {exception.Message}");
        Assert.NotNull(exception.Path);
        Assert.Contains(FormattableString.Invariant($"LineNumber: {expected.Line - 1}"), exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PublishedSamples))]
    public void Repaired_copy_differs_from_the_published_body_only_on_the_documented_lines(string sample)
    {
        Assert.True(Published.TryGetValue(sample, out var expected), $"{sample}: add the published defect and its location to this test's table.");
        var published = SampleCatalog.Text(sample).Split('\n');
        var repaired = SampleCatalog.Text(SampleCatalog.RepairedCopyOf(sample)).Split('\n');

        Assert.Equal(published.Length, repaired.Length);
        var differing = Enumerable.Range(0, published.Length).Where(i => published[i] != repaired[i]).Select(i => i + 1);
        Assert.Equal(expected.RepairedLines, differing);
    }

    [Theory]
    [MemberData(nameof(PublishedSamples))]
    public void Published_body_read_leniently_is_its_repaired_copy(string sample)
    {
        // Comments and trailing commas are what a lenient reader can skip; the missing quote is not (the text check above covers it).
        var lenient = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        JsonNode? published;
        try
        {
            published = JsonNode.Parse(SampleCatalog.Text(sample), documentOptions: lenient);
        }
        catch (JsonException) when (sample == "get-customer-by-id.response.published.json")
        {
            var repaired = SampleCatalog.Text(SampleCatalog.RepairedCopyOf(sample));
            Assert.Equal(SampleCatalog.Text(sample), repaired.Remove(repaired.IndexOf("\"tags\"", StringComparison.Ordinal), 1));
            return;
        }

        Assert.True(JsonNode.DeepEquals(published, JsonNode.Parse(SampleCatalog.Text(SampleCatalog.RepairedCopyOf(sample)))));
    }

    [Fact]
    public void Every_published_body_in_the_table_exists()
    {
        Assert.Equal(Published.Keys.Order(StringComparer.Ordinal), SampleCatalog.PublishedFiles);
    }
}
