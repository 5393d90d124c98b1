using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// The jobs, kept short for a shared 2-core machine, all in-process: BenchmarkDotNet's default toolchain would build
/// another copy of every project for each run (with an absolute intermediate path, which the generator's targets now
/// keep out of the source tree). In-process also means the loopback server and the client share one process, as they
/// would in any test.
/// </summary>
internal static class BenchmarkConfigs
{
    /// <summary>Memory, median and median ratio besides BenchmarkDotNet's mean-based ratio.</summary>
    public static ManualConfig With(Job job) =>
        ManualConfig.CreateEmpty()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, new MedianRatioColumn());

    /// <summary>
    /// For calls over loopback sockets: more iterations than ShortRun's 3, each short, because one iteration slowed by
    /// another process's build is common here and three cannot outvote it.
    /// </summary>
    public sealed class Loopback : ManualConfig
    {
        public Loopback() => Add(With(Job.Default.WithWarmupCount(5).WithIterationCount(25).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).WithId("Loopback")));
    }

    /// <summary>For CPU-only work (deserialising from memory): BenchmarkDotNet's ShortRun.</summary>
    public sealed class Short : ManualConfig
    {
        public Short() => Add(With(Job.ShortRun));
    }
}
