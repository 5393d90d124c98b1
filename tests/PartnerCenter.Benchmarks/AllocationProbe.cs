using System.Globalization;
using PartnerCenter.Customers;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// `--alloc`: bytes allocated per <c>GetCustomerById</c> for each client and each pipeline variant, from
/// <see cref="GC.GetTotalAllocatedBytes(bool)"/> over many sequential calls after a warm-up. Process-wide, so the
/// in-process server's share is in every row alike: differences between rows are exact, whatever the machine's load.
/// A quick check between BenchmarkDotNet runs, not a replacement for them.
/// </summary>
internal static class AllocationProbe
{
    private const int Calls = 2_000;

    public static async Task RunAsync(TextWriter output)
    {
        var pipeline = new PipelineCostBenchmarks();
        await pipeline.SetupAsync();
        var get = new GetCustomerBenchmarks();
        await get.SetupAsync();
        try
        {
            var rows = new (string Name, Func<Task<object>> Call)[]
            {
                ("Floor", async () => await get.Floor()),
                ("Bare", async () => await get.Bare()),
                ("Full", async () => await get.Full()),
                ("NSwag", async () => await get.NSwag()),
                ("Full_LoggingEnabled", async () => await pipeline.Full_LoggingEnabled()),
                ("Without_Headers", async () => await pipeline.Without_Headers()),
                ("Without_Logging", async () => await pipeline.Without_Logging()),
                ("Without_Resilience", async () => await pipeline.Without_Resilience()),
                ("Without_Bearer", async () => await pipeline.Without_Bearer()),
                ("Without_AttemptCounting", async () => await pipeline.Without_AttemptCounting()),
                ("Without_MissingResource", async () => await pipeline.Without_MissingResource()),
                ("Without_TransportErrorCleaning", async () => await pipeline.Without_TransportErrorCleaning()),
                ("Without_BodyLimitAndMissingResource", async () => await pipeline.Without_BodyLimitAndMissingResource()),
                ("Without_Redirect", async () => await pipeline.Without_Redirect()),
            };
            var floor = 0.0;
            foreach (var (name, call) in rows)
            {
                var bytes = await PerCallAsync(call);
                floor = floor == 0 ? bytes : floor;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {bytes,8:F0} B/call  {bytes / floor,5:F2}x floor"));
            }
        }
        finally
        {
            await get.CleanupAsync();
            await pipeline.CleanupAsync();
        }
    }

    private static async Task<double> PerCallAsync(Func<Task<object>> call)
    {
        for (var i = 0; i < Calls / 4; i++)
        {
            await call();
        }

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Calls; i++)
        {
            await call();
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)Calls;
    }
}
