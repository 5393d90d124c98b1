using System.Globalization;
using PartnerCenter.Customers;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// `--cost`: what one <c>GetCustomerById</c> costs this process, per client and pipeline variant, in CPU time and
/// allocated bytes, measured in interleaved rounds (every variant once per round) so that load from other processes
/// falls on all variants alike. CPU time (<see cref="Environment.CpuUsage"/>, user and kernel) counts the work done, not the
/// time spent waiting for a core, so it stays comparable on a busy machine where wall-clock means do not. Both figures
/// are process-wide: the in-process server's share is in every row alike, and differences between rows are the
/// clients'. A complement to the BenchmarkDotNet classes, not a replacement.
/// </summary>
internal static class CostProbe
{
    private const int Rounds = 15;
    private const int CallsPerRound = 2_000;

    public static async Task RunAsync(TextWriter output)
    {
        var pipeline = new PipelineCostBenchmarks();
        await pipeline.SetupAsync();
        var get = new GetCustomerBenchmarks();
        await get.SetupAsync();
        try
        {
            var variants = new (string Name, Func<Task<Customer>> Call)[]
            {
                ("Floor", get.Floor),
                ("Bare", get.Bare),
                ("Full", get.Full),
                ("Full_LoggingEnabled", pipeline.Full_LoggingEnabled),
                ("Without_Headers", pipeline.Without_Headers),
                ("Without_Logging", pipeline.Without_Logging),
                ("Without_Resilience", pipeline.Without_Resilience),
                ("Without_Bearer", pipeline.Without_Bearer),
                ("Without_ResponseBody", pipeline.Without_ResponseBody),
                ("Without_Redirect", pipeline.Without_Redirect),
            };
            var all = variants
                .Select(variant => (Name: variant.Name, Call: (Func<Task<object>>)(async () => await variant.Call())))
                .Append((Name: "NSwag", Call: async () => await get.NSwag()))
                .ToList();
            await MeasureAllAsync(output, all);
        }
        finally
        {
            await get.CleanupAsync();
            await pipeline.CleanupAsync();
        }
    }

    /// <summary>
    /// `--cost memory`: the same variants over <see cref="InMemoryTransport"/> instead of loopback: no sockets, no server,
    /// so what is left is each client's own work, and the rounds vary less.
    /// </summary>
    public static async Task RunInMemoryAsync(TextWriter output)
    {
        await using var variants = await InMemoryVariants.CreateCheckedAsync();
        await MeasureAllAsync(output, variants.All);
    }

    private static async Task MeasureAllAsync(TextWriter output, List<(string Name, Func<Task<object>> Call)> all)
    {
        var cpu = all.ToDictionary(variant => variant.Name, _ => new List<double>());
        var bytes = all.ToDictionary(variant => variant.Name, _ => new List<double>());

        foreach (var (_, call) in all)
        {
            await BlockCost.MeasureAsync(call, CallsPerRound / 2); // warm-up: JIT tiers, connection pools
        }

        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (name, call) in all)
            {
                var cost = await BlockCost.MeasureAsync(call, CallsPerRound);
                cpu[name].Add(cost.CpuMicroseconds);
                bytes[name].Add(cost.Bytes);
            }
        }

        // The fastest round is the one least disturbed by other processes: the best estimate of the work itself.
        // The median shows how far the disturbance goes. Bytes do not depend on load.
        var floorCpu = cpu["Floor"].Min();
        var floorBytes = Quantiles.Of(bytes["Floor"], 0.5);
        output.WriteLine($"{Rounds} interleaved rounds of {CallsPerRound} calls each, per call. Load: {Load()}");
        output.WriteLine("| Variant | CPU µs, fastest round | ratio | CPU µs, median round | ratio | Bytes | ratio |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, _) in all)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {cpu[name].Min():F1} | {cpu[name].Min() / floorCpu:F2} | {Quantiles.Of(cpu[name], 0.5):F1} | {Quantiles.Of(cpu[name], 0.5) / Quantiles.Of(cpu["Floor"], 0.5):F2} | {Quantiles.Of(bytes[name], 0.5):F0} | {Quantiles.Of(bytes[name], 0.5) / floorBytes:F2} |"));
        }
    }

    /// <summary>The load average, printed with each table: the figures depend on it.</summary>
    internal static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
