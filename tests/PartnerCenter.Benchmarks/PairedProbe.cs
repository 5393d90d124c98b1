using System.Globalization;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// `--paired` and `--paired memory`: each client against the floor, in short blocks alternated floor, client, client,
/// floor (ABBA) many times over, printing the median of the quads' ratios. <see cref="CostProbe"/> interleaves rounds of
/// every variant, each round 2,000 calls long, so a change in the machine's speed between two rounds (seen here: 2x
/// within minutes) lands on one variant and not the other. Here each ratio compares blocks a few milliseconds apart,
/// and the ABBA order cancels a speed that drifts within the quad; the median then sets aside the quads that another
/// process broke into. The spread (the middle half of the quads' ratios) is printed with it.
/// </summary>
internal static class PairedProbe
{
    private const int Quads = 300;
    private const int CallsPerBlock = 200;
    private const string Baseline = "Floor";

    /// <summary>The variants set against the floor: the three clients the issue names.</summary>
    private static readonly string[] Compared = ["Bare", "Full", "NSwag"];

    public static async Task RunAsync(TextWriter output)
    {
        var get = new GetCustomerBenchmarks();
        await get.SetupAsync();
        try
        {
            await MeasureAsync(output, "loopback", [("Floor", async () => await get.Floor()), ("Bare", async () => await get.Bare()), ("Full", async () => await get.Full()), ("NSwag", async () => await get.NSwag())]);
        }
        finally
        {
            await get.CleanupAsync();
        }
    }

    public static async Task RunInMemoryAsync(TextWriter output)
    {
        await using var variants = await InMemoryVariants.CreateCheckedAsync();
        await MeasureAsync(output, "in memory", variants.All);
    }

    private static async Task MeasureAsync(TextWriter output, string transport, List<(string Name, Func<Task<object>> Call)> all)
    {
        var floor = all.Single(v => v.Name == Baseline).Call;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{transport}: {Quads} quads (floor, client, client, floor) of {CallsPerBlock} calls a block, per variant. Load: {CostProbe.Load()}"));
        output.WriteLine("| Variant | CPU ratio, median quad | middle half | wall ratio, median quad | middle half | floor CPU µs/call, median block |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var name in Compared)
        {
            var client = all.Single(v => v.Name == name).Call;
            await BlockCost.MeasureAsync(floor, CallsPerBlock * 5); // warm-up: JIT tiers, pools
            await BlockCost.MeasureAsync(client, CallsPerBlock * 5);
            var cpuRatios = new List<double>(Quads);
            var wallRatios = new List<double>(Quads);
            var floorCpu = new List<double>(Quads * 2);
            for (var quad = 0; quad < Quads; quad++)
            {
                var f1 = await BlockCost.MeasureAsync(floor, CallsPerBlock);
                var c1 = await BlockCost.MeasureAsync(client, CallsPerBlock);
                var c2 = await BlockCost.MeasureAsync(client, CallsPerBlock);
                var f2 = await BlockCost.MeasureAsync(floor, CallsPerBlock);
                cpuRatios.Add((c1.CpuMicroseconds + c2.CpuMicroseconds) / (f1.CpuMicroseconds + f2.CpuMicroseconds));
                wallRatios.Add((c1.WallMicroseconds + c2.WallMicroseconds) / (f1.WallMicroseconds + f2.WallMicroseconds));
                floorCpu.Add(f1.CpuMicroseconds);
                floorCpu.Add(f2.CpuMicroseconds);
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {Quantiles.Of(cpuRatios, 0.5):F3} | {Quantiles.Of(cpuRatios, 0.25):F3}-{Quantiles.Of(cpuRatios, 0.75):F3} | {Quantiles.Of(wallRatios, 0.5):F3} | {Quantiles.Of(wallRatios, 0.25):F3}-{Quantiles.Of(wallRatios, 0.75):F3} | {Quantiles.Of(floorCpu, 0.5):F1} |"));
        }
    }
}
