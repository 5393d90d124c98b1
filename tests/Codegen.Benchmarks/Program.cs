using BenchmarkDotNet.Running;
using Codegen.Benchmarks;

// `--stages [sizes...]`: the quick per-stage breakdown (StageProfile), `--stages-file path` the same for one description; anything else goes to
// BenchmarkDotNet, e.g. --filter '*' --job short (see docs/benchmarks.md). `--to-yaml in.json out.yaml`
// renders a JSON description as YAML (the large YAML input of compare-nswag.sh); `--synthetic N out.yaml`
// writes the synthetic description of N schemas and N operations; `--polymorphic B C out.yaml` one of B discriminator bases with C
// allOf children each; `--repeated-ids N out.yaml` one of N operations sharing one operationId; `--tags N out.yaml` one of N
// operations under N tags; `--alloc N` (or `--alloc path`) lists what each stage allocates, by type; `--live N` what each stage
// leaves alive; `--collections N` each collection during one pipeline run (pause, what survived it). `--stages-file path
// --interface-per-tag` breaks down a description generated with an interface per tag; `--loop Stage N` runs one stage (Load, Read,
// Bind or Emit) of the 10,000-schema description N times, for a profiler to sample.
if (args is ["--collections", var logSize])
{
    CollectionLog.Run(Console.Out, int.Parse(logSize, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--loop", var loopStage, var loopCount])
{
    Environment.ExitCode = StageLoop.Run(Console.Out, Console.Error, loopStage, int.Parse(loopCount, System.Globalization.CultureInfo.InvariantCulture)) ? 0 : 2;
    return;
}

if (args is ["--live", var liveSize])
{
    LiveProbe.Run(Console.Out, int.Parse(liveSize, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length > 0 && args[0] == "--stages")
{
    var sizes = args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).ToList();
    StageProfile.Run(Console.Out, sizes.SequenceEqual([0]) ? [10, 100, 1_000, 10_000] : sizes);
    return;
}

if (args.Length is 2 or 3 && args[0] == "--stages-file")
{
    StageProfile.RunFile(Console.Out, args[1], interfacePerTag: args.Length == 3 && args[2] == "--interface-per-tag");
    return;
}

if (args.Length == 2 && args[0] == "--alloc")
{
    if (int.TryParse(args[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size))
    {
        AllocationProfile.Run(Console.Out, size);
    }
    else
    {
        AllocationProfile.RunFile(Console.Out, args[1]);
    }

    return;
}

if (args.Length == 3 && args[0] == "--synthetic")
{
    File.WriteAllText(args[2], SyntheticSpec.Create(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

if (args.Length == 4 && args[0] == "--polymorphic")
{
    File.WriteAllText(args[3], ShapeSpecs.Polymorphic(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

if (args.Length == 3 && args[0] == "--repeated-ids")
{
    File.WriteAllText(args[2], ShapeSpecs.RepeatedOperationId(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

if (args.Length == 3 && args[0] == "--tags")
{
    File.WriteAllText(args[2], ShapeSpecs.ManyTags(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

if (args.Length == 3 && args[0] == "--to-yaml")
{
    YamlRendering.Convert(args[1], args[2]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticSpec).Assembly).Run(args);
