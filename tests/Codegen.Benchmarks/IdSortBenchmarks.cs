using BenchmarkDotNet.Attributes;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing;

namespace Codegen.Benchmarks;

/// <summary>
/// Putting the 170,001 schema ids of the 10,000-schema description in ordinal order: <c>Array.Sort</c> with
/// <c>StringComparer.Ordinal</c> against <see cref="OrdinalSort"/>, on the same strings
/// in three orders: already sorted, blocks of 20 in order with the blocks shuffled (a schema and its inline parts,
/// as reading meets them), and shuffled. Each run sorts a copy, so every invocation starts from the same order. (Read
/// sorted all of them until the document listed its schemas as read; the binder now sorts only those it names, 20,000
/// here, with <see cref="OrdinalSort"/>.)
/// </summary>
[MemoryDiagnoser]
public class IdSortBenchmarks
{
    private string[] _ids = [];

    [Params("sorted", "blocks", "shuffled")]
    public string Order { get; set; } = "sorted";

    [GlobalSetup]
    public void Setup()
    {
        var parsed = OpenApiParser.Parse(SpecLoader.Load(PipelineStages.SpecPath, SyntheticSpec.Create(10_000, 10_000), _ => null, SpecLoadOptions.Default));
        var sorted = parsed.Document!.Schemas.Select(schema => schema.Id).ToArray();
        var random = new Random(20261201);
        var ordered = Order switch
        {
            "sorted" => sorted,
            "blocks" => sorted.Chunk(20).OrderBy(_ => random.Next()).SelectMany(block => block).ToArray(),
            _ => sorted.OrderBy(_ => random.Next()).ToArray(),
        };

        // Fresh strings, laid out in memory in this order, as reading lays out the ids it makes.
        _ids = ordered.Select(id => new string(id.AsSpan())).ToArray();
    }

    [Benchmark(Baseline = true)]
    public string[] ArraySort()
    {
        var copy = (string[])_ids.Clone();
        Array.Sort(copy, StringComparer.Ordinal);
        return copy;
    }

    [Benchmark]
    public int[] OrdinalSortOrder() => OrdinalSort.OrderOf(_ids);
}
