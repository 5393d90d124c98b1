using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.Streaming;

/// <summary>
/// Locks the code generated for Specs/streaming/streaming.yaml: the Refit methods that send the streamed requests, the
/// extension methods that read their items (server-sent events, JSON Lines, a JSON text sequence, NDJSON described by an
/// array schema), and the JSON context that lists the item types.
/// </summary>
public sealed class StreamingSnapshotTests
{
    private static readonly Lazy<GeneratorOutput> Output = new(() =>
        GeneratorRunner.RunOnFile(Path.Combine(TestPaths.TestSpecs, "streaming", "streaming.yaml"), "Ticker.Client"));

    [Theory]
    [InlineData("ITickerApi")]
    [InlineData("TickerApiStreams")]
    [InlineData("TickerJsonContext")]
    public void Generated_streaming_file_matches_its_snapshot(string typeName)
    {
        var text = Output.Value.Files.Single(f => f.HintName == $"Ticker.Client.{typeName}.g.cs").Text;
        Snapshot.Match(SnapshotText.Of(text), SnapshotNameExtension.Create(typeName));
    }

    [Fact]
    public void A_streaming_description_generates_without_diagnostics_and_compiles_with_Refit_without_warnings()
    {
        var compiled = GeneratedCodeCompiler.Compile(Output.Value.Files);

        Assert.Empty(Output.Value.Diagnostics);
        Assert.Empty(compiled.Diagnostics);
    }

    [Theory]
    [InlineData("3.1.0", "text/event-stream")]
    [InlineData("3.0.3", "application/jsonl")]
    public void In_a_3_1_or_3_0_description_an_array_schema_on_a_sequential_media_type_is_read_as_its_items(string version, string mediaType)
    {
        var output = GeneratorRunner.RunOnText($$"""
            openapi: {{version}}
            info: { title: Old, version: "1" }
            paths:
              /events:
                get:
                  operationId: events
                  responses:
                    "200":
                      description: ok
                      content:
                        {{mediaType}}:
                          schema: { type: array, items: { $ref: '#/components/schemas/Change' } }
            components:
              schemas:
                Change: { type: object, properties: { id: { type: string } } }
            """, @namespace: "Old.Client");

        var streams = output.Files.Single(f => f.HintName == "Old.Client.OldApiStreams.g.cs").Text;
        Assert.Contains("EventsAsync(", streams, StringComparison.Ordinal);
        Assert.Contains("ReadAsync<global::Old.Client.Change>(response, (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<global::Old.Client.Change>)", streams, StringComparison.Ordinal);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    [Fact]
    public void A_text_event_stream_whose_schema_is_not_an_array_stays_a_string()
    {
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.1.0
            info: { title: Old, version: "1" }
            paths:
              /events:
                get:
                  operationId: events
                  responses:
                    "200":
                      description: ok
                      content:
                        text/event-stream:
                          schema: { type: string }
            """, @namespace: "Old.Client");

        Assert.DoesNotContain(output.Files, f => f.HintName.EndsWith("Streams.g.cs", StringComparison.Ordinal));
        Assert.Contains("Task<string> EventsAsync(", output.Files.Single(f => f.HintName == "Old.Client.IOldApi.g.cs").Text, StringComparison.Ordinal);
    }
}
