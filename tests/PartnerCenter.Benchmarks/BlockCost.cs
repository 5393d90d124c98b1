using System.Diagnostics;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// What a block of calls cost, per call: CPU time (user and kernel, the whole process: counts work, not waiting for a
/// core), wall time, and bytes allocated. The probes (<see cref="CostProbe"/>, <see cref="PairedProbe"/>) set blocks of
/// different clients side by side.
/// </summary>
internal readonly record struct BlockCost(double CpuMicroseconds, double WallMicroseconds, double Bytes)
{
    public static async Task<BlockCost> MeasureAsync(Func<Task<object>> call, int calls)
    {
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        var wall = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        return new BlockCost(cpu.TotalMicroseconds / calls, wall.TotalMicroseconds / calls, allocated / (double)calls);
    }
}

/// <summary>Order statistics of the probes' rounds.</summary>
internal static class Quantiles
{
    /// <summary>The value at <paramref name="fraction"/> of the sorted values, interpolated between neighbours (0.5: the median).</summary>
    public static double Of(IEnumerable<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        var position = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
