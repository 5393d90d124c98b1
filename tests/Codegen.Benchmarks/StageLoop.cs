using System.Diagnostics;
using System.Globalization;

namespace Codegen.Benchmarks;

/// <summary>
/// `--loop Stage N`: one stage of the 10,000-schema description, N times over the same input, each after a full
/// collection, printing each run's wall time. For a sampling profiler (`perf record`), which then sees that stage
/// alone rather than a pipeline in which it is a quarter of the samples.
/// </summary>
public static class StageLoop
{
    /// <returns>False, with nothing run, when there is no stage of that name.</returns>
    public static bool Run(TextWriter output, TextWriter error, string stage, int count)
    {
        var stages = PipelineStages.Of(PipelineStages.SpecPath, SyntheticSpec.Create(10_000, 10_000));
        if (stages.SingleOrDefault(s => s.Name == stage).Run is not { } run)
        {
            error.WriteLine($"There is no stage '{stage}'; the stages are {string.Join(", ", stages.Select(s => s.Name))}.");
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(run());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage} {watch.Elapsed.TotalMilliseconds:F1} ms"));
        }

        return true;
    }
}
