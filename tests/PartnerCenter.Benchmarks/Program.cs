using BenchmarkDotNet.Running;
using PartnerCenter.Benchmarks;

// `--cost`: CPU time and bytes per GetCustomerById for every client and pipeline variant (CostProbe), over loopback;
// `--cost memory`: the same over an in-memory transport. Anything else goes to
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

BenchmarkSwitcher.FromAssembly(typeof(GetCustomerBenchmarks).Assembly).Run(args);
