using BenchmarkDotNet.Running;
using PartnerCenter.Benchmarks;

// `--alloc`: bytes per GetCustomerById for every client and pipeline variant (AllocationProbe); anything else goes to
// BenchmarkDotNet, e.g. --filter '*' --job short --inProcess (see docs/benchmarks.md, "Runtime benchmarks").
if (args is ["--alloc"])
{
    await AllocationProbe.RunAsync(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GetCustomerBenchmarks).Assembly).Run(args);
