using BenchmarkDotNet.Running;
using PartnerCenter.Benchmarks;

// `--cost`: CPU time and bytes per GetCustomerById for every client and pipeline variant (CostProbe), over loopback;
// `--cost memory`: the same over an in-memory transport; `--paired [memory]`: Bare, Full and NSwag each against the
// floor in alternated short blocks, the median ratio (PairedProbe); `--loop Variant N`: N calls of one in-memory
// variant and nothing else, for a profiler (perf record, perf stat). Anything else goes to
// BenchmarkDotNet, e.g. --filter '*'; each class sets its own job (BenchmarkConfigs). See docs/benchmarks.md.
if (args is ["--serve", var kind])
{
    await ServerProcess.ServeAsync(kind, Console.Out);
    return;
}

if (args is ["--cost"])
{
    await CostProbe.RunAsync(Console.Out);
    return;
}

if (args is ["--cost", "memory"])
{
    await CostProbe.RunInMemoryAsync(Console.Out);
    return;
}

if (args is ["--loop", var variant, var calls])
{
    Environment.ExitCode = await InMemoryVariants.LoopAsync(Console.Error, variant, int.Parse(calls, System.Globalization.CultureInfo.InvariantCulture)) ? 0 : 2;
    return;
}

if (args is ["--paired"])
{
    await PairedProbe.RunAsync(Console.Out);
    return;
}

if (args is ["--paired", "memory"])
{
    await PairedProbe.RunInMemoryAsync(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GetCustomerBenchmarks).Assembly).Run(args);
