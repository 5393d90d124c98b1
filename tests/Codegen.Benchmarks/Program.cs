using BenchmarkDotNet.Running;
using Codegen.Benchmarks;

// `--stages [sizes...]`: the quick per-stage breakdown (StageProfile); anything else goes to
// BenchmarkDotNet, e.g. --filter '*' --job short (see docs/benchmarks.md).
if (args.Length > 0 && args[0] == "--stages")
{
    var sizes = args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).ToList();
    StageProfile.Run(Console.Out, sizes.SequenceEqual([0]) ? [10, 100, 1_000, 10_000] : sizes);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticSpec).Assembly).Run(args);
