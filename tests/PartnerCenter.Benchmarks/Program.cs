using BenchmarkDotNet.Running;
using PartnerCenter.Benchmarks;

// Everything goes to BenchmarkDotNet, e.g. --filter '*' --job short (see docs/benchmarks.md, "Runtime benchmarks").
BenchmarkSwitcher.FromAssembly(typeof(GetCustomerBenchmarks).Assembly).Run(args);
