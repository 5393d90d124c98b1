using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// format: duration is a TimeSpan read and written as ISO 8601 ("P1DT2H", RFC 3339 appendix A) by the runtime's
/// Iso8601DurationJsonConverter, which the JSON context registers; parameters stay ISO 8601 text.
/// </summary>
public sealed class DurationTests
{
    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromSpec("durations.yaml"));

    private static GeneratedModels Models => Lazy.Value;

    [Theory]
    [InlineData("Job")]
    [InlineData("DurationsJsonContext")]
    [InlineData("IDurationsApi")]
    [InlineData("Delay")]
    public void Generated_file_matches_its_snapshot(string typeName)
        => Snapshot.Match(SnapshotText.Of(Models.Text(typeName)), SnapshotNameExtension.Create(typeName));

    [Fact]
    public void Durations_round_trip_as_iso_8601_in_properties_elements_and_map_values()
    {
        const string json = """{"timeout":"P1DT2H30M","grace":"-PT0.5S","steps":["PT1M","P2D"],"byStage":{"build":"PT10M"}}""";

        var job = Models.RoundTrip("Job", json);

        Assert.Equal(new TimeSpan(1, 2, 30, 0), GeneratedModels.Get(job, "Timeout"));
        Assert.Equal(TimeSpan.FromMilliseconds(-500), GeneratedModels.Get(job, "Grace"));
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromDays(2)], (IEnumerable<TimeSpan>)GeneratedModels.Get(job, "Steps")!);
        Assert.Equal(TimeSpan.FromMinutes(10), ((IReadOnlyDictionary<string, TimeSpan>)GeneratedModels.Get(job, "ByStage")!)["build"]);
    }

    [Theory]
    [InlineData("\"PT5M\"", "Duration")]
    [InlineData("300", "Integer")]
    public void A_union_alternative_that_is_a_duration_reads_iso_8601(string delay, string alternative)
    {
        var job = Models.RoundTrip("Job", $$"""{"timeout":"PT1S","delay":{{delay}}}""");
        var union = GeneratedModels.Get(job, "Delay")!;

        Assert.NotNull(GeneratedModels.Get(union, alternative));
        if (alternative == "Duration")
        {
            Assert.Equal(TimeSpan.FromMinutes(5), GeneratedModels.Get(union, "Duration"));
        }
    }

    [Fact]
    public void A_null_optional_duration_stays_null()
    {
        var job = Models.Read("Job", """{"timeout":"PT1S","grace":null}""")!;

        Assert.Null(GeneratedModels.Get(job, "Grace"));
        Assert.Equal("""{"timeout":"PT1S"}""", Models.Write("Job", job));
    }

    [Theory]
    [InlineData("""{"timeout":"1.02:30:00"}""", "$.timeout")]
    [InlineData("""{"timeout":"PT1S","steps":["PT1M","soon"]}""", "$.steps[1]")]
    [InlineData("""{"timeout":90}""", "$.timeout")]
    public void A_value_that_is_not_an_iso_8601_duration_fails_with_its_path(string json, string path)
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => Models.Read("Job", json));

        Assert.Equal(path, error.Path);
        Assert.Contains("duration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_take_the_iso_8601_text_since_refit_would_write_a_timespan_as_1_02_00_00()
    {
        var api = Models.Text("IDurationsApi");

        Assert.Contains("string timeout", api, StringComparison.Ordinal);
        Assert.Contains("string? retryAfter = null", api, StringComparison.Ordinal);
    }
}
