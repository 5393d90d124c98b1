using System.Globalization;
using System.Runtime.CompilerServices;
using Codegen.Generator;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Parsing;

namespace Codegen.Benchmarks;

/// <summary>
/// `--live N`: how much of the heap each stage's result keeps alive, and whether it keeps the previous stage's result
/// alive too (the live set is what every collection during the next stage has to mark and copy).
/// </summary>
/// <remarks>
/// The results are kept in a static array and each stage runs in a method of its own that is never inlined: a local in
/// this method would keep its object alive to the end of the method in unoptimized (tier-0) code, whatever is written
/// to it, and the figures would then say nothing.
/// </remarks>
internal static class LiveProbe
{
    private const int Text = 0;
    private const int Loaded = 1;
    private const int Parsed = 2;
    private const int Model = 3;
    private const int Files = 4;

    private static readonly object?[] Results = new object?[5];

    public static void Run(TextWriter output, int size)
    {
        var empty = LiveMegabytes();
        Create(size);
        output.WriteLine("| After | Live heap (MB) |");
        output.WriteLine("|---|---:|");
        Report(output, "the text", empty);
        Load();
        Report(output, "Load (text, tree)", empty);
        Read();
        Report(output, "Read (text, tree, read model)", empty);
        Results[Loaded] = null;
        Report(output, "Read, tree dropped", empty);
        Bind();
        Report(output, "Bind (text, read model, bound model)", empty);
        Results[Parsed] = null;
        Report(output, "Bind, read model dropped", empty);
        Emit();
        Report(output, "Emit (text, bound model, files)", empty);
        Results[Model] = null;
        Report(output, "Emit, bound model dropped", empty);
        Results[Text] = null;
        Report(output, "Emit, text dropped (the files alone)", empty);
        Results[Files] = null;
    }

    private static void Report(TextWriter output, string after, double empty)
        => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {after} | {LiveMegabytes() - empty:F1} |"));

    private static double LiveMegabytes() => GC.GetTotalMemory(forceFullCollection: true) / 1_048_576.0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Create(int size) => Results[Text] = SyntheticSpec.Create(size, size);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Load() => Results[Loaded] = SpecLoader.Load(PipelineStages.SpecPath, (string)Results[Text]!, _ => null, SpecLoadOptions.Default);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Read() => Results[Parsed] = OpenApiParser.Parse((SpecLoadResult)Results[Loaded]!);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Bind() => Results[Model] = CodegenPipeline.Bind((ParseResult)Results[Parsed]!, PipelineStages.Options);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Emit() => Results[Files] = CodegenPipeline.Emit((ClientModel)Results[Model]!);
}
