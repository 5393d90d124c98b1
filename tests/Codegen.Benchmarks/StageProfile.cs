using System.Diagnostics;
using System.Globalization;
using Codegen.Generator;
using Codegen.Generator.Binding;
using Codegen.Generator.Parsing;

namespace Codegen.Benchmarks;

/// <summary>
/// `--stages`: a quick per-stage breakdown without BenchmarkDotNet's statistics: wall time, time the GC
/// paused the program, and bytes allocated, per stage and size (best of a few runs after a warm-up).
/// It answers "where does the time go" and "is it the GC" in seconds; the benchmarks give the figures.
/// </summary>
public static class StageProfile
{
    public static void Run(TextWriter output, IReadOnlyList<int> sizes, int repetitions = 3)
    {
        output.WriteLine("| Size | Stage | Time (ms) | CPU (ms) | GC pause (ms) | Allocated (MB) | Time per item (µs) | GCs (gen 0/1/2) |");
        output.WriteLine("|---:|---|---:|---:|---:|---:|---:|---|");
        foreach (var size in sizes)
        {
            Profile(output, size.ToString("N0", CultureInfo.InvariantCulture), PipelineStages.SpecPath, SyntheticSpec.Create(size, size), 2 * size, PipelineStages.Options, repetitions);
        }
    }

    /// <summary>
    /// `--stages-file path [--interface-per-tag]`: the same breakdown for a real description (time per item is per schema and
    /// operation read), generated as one interface or one per tag.
    /// </summary>
    public static void RunFile(TextWriter output, string path, bool interfacePerTag = false, int repetitions = 3)
    {
        var text = File.ReadAllText(path);
        var parsed = OpenApiParser.Parse(SpecLoader.Load(Path.GetFullPath(path), text, _ => null, SpecLoadOptions.Default));
        output.WriteLine("| Description | Stage | Time (ms) | CPU (ms) | GC pause (ms) | Allocated (MB) | Time per item (µs) | GCs (gen 0/1/2) |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---|");
        var options = PipelineStages.Options with { InterfacePerTag = interfacePerTag };
        Profile(output, Path.GetFileName(path), Path.GetFullPath(path), text, Math.Max(1, (parsed.Document?.Schemas.Count ?? 0) + (parsed.Document?.Operations.Count ?? 0)), options, repetitions);
    }

    private static void Profile(TextWriter output, string label, string path, string text, int items, GeneratorOptions options, int repetitions)
    {
        (string Name, Func<object> Run)[] stages =
        [
            .. PipelineStages.Of(path, text, options),
            ("Pipeline", () => CodegenPipeline.Run(path, text, _ => null, options).Files),
        ];
        foreach (var (name, run) in stages)
        {
            var best = Enumerable.Range(0, repetitions + 1).Select(_ => Measure(run)).Skip(1).MinBy(m => m.Cpu);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {label} | {name} | {best.Time.TotalMilliseconds:F1} | {best.Cpu.TotalMilliseconds:F0} | {best.Pause.TotalMilliseconds:F1} | {best.Bytes / 1_048_576.0:F1} | {best.Time.TotalMilliseconds * 1000 / items:F1} | {best.Collections} |"));
        }
    }

    /// <summary>
    /// Wall time, and CPU time of the whole process (the GC's threads included): on a shared machine the
    /// wall time also holds the time other processes had the cores, the CPU time does not.
    /// </summary>
    private static (TimeSpan Time, TimeSpan Cpu, TimeSpan Pause, long Bytes, string Collections) Measure(Func<object> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        // Counted before the allocation baseline, so the array holding the counts is not in the stage's bytes.
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var pause = GC.GetTotalPauseDuration();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(run());
        watch.Stop();
        return (watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalPauseDuration() - pause, GC.GetAllocatedBytesForCurrentThread() - bytes,
            $"{GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}");
    }
}
