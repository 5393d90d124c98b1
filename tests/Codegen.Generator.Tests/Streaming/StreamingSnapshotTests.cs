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

    [Fact]
    public void Every_streamed_method_takes_Refits_answer_through_the_runtime_gate_and_writes_no_error_branch_of_its_own()
    {
        var files = Output.Value.Files;
        var streams = files.Single(f => f.HintName == "Ticker.Client.TickerApiStreams.g.cs").Text;
        var api = files.Single(f => f.HintName == "Ticker.Client.ITickerApi.g.cs").Text;
        const string answer = "global::System.Threading.Tasks.Task<global::Refit.ApiResponse<global::System.Net.Http.HttpResponseMessage>>";

        // One gate per extension method, one ApiResponse-returning hidden method per extension method.
        var methods = Count(streams, "public static async global::System.Collections.Generic.IAsyncEnumerable<");
        Assert.Equal(6, methods);
        Assert.Equal(methods, Count(streams, "await global::Specweave.Runtime.ResponseGate.SucceededAsync(api."));
        Assert.Equal(methods, Count(api, answer + " "));
        Assert.DoesNotContain("global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>", api, StringComparison.Ordinal);

        // The client's settings decide the error: no status check and no settings of the generated code's own.
        Assert.DoesNotContain("IsSuccessStatusCode", streams, StringComparison.Ordinal);
        Assert.DoesNotContain("RefitSettings(", streams, StringComparison.Ordinal);
        Assert.DoesNotContain("ApiException.Create", streams, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
