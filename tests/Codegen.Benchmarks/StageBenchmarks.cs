using BenchmarkDotNet.Attributes;
using Codegen.Generator;
using Codegen.Generator.Binding;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Parsing;

namespace Codegen.Benchmarks;

/// <summary>
/// Each stage on its own input, prepared once: Load (YAML text → tree, $ref discovery), Read (tree →
/// OpenAPI model), Bind (→ C# model), Emit (→ source text); and Pipeline, all of them from text.
/// Parse = Load + Read is what the incremental generator caches as one step.
/// </summary>
[MemoryDiagnoser]
public abstract class StageBenchmarks
{
    private string _text = string.Empty;
    private SpecLoadResult? _loaded;
    private ParseResult? _parsed;
    private ClientModel? _model;

    protected abstract string CreateText();

    [GlobalSetup]
    public void Setup()
    {
        _text = CreateText();
        _loaded = SpecLoader.Load(PipelineStages.SpecPath, _text, _ => null, SpecLoadOptions.Default);
        _parsed = OpenApiParser.Parse(_loaded);
        _model = CodegenPipeline.Bind(_parsed, PipelineStages.Options);
        var errors = _model.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark input has errors: " + string.Join("; ", errors));
        }
    }

    [Benchmark]
    public object Load() => SpecLoader.Load(PipelineStages.SpecPath, _text, _ => null, SpecLoadOptions.Default);

    [Benchmark]
    public object Read() => OpenApiParser.Parse(_loaded!);

    [Benchmark]
    public object Bind() => CodegenPipeline.Bind(_parsed!, PipelineStages.Options);

    [Benchmark]
    public object Emit() => CodegenPipeline.Emit(_model!);

    [Benchmark]
    public int Pipeline() => CodegenPipeline.Run(PipelineStages.SpecPath, _text, _ => null, PipelineStages.Options).Files.Count;
}

/// <summary>Synthetic descriptions with as many schemas as operations: 10, 100, 1,000, 10,000 of each.</summary>
public class SyntheticBenchmarks : StageBenchmarks
{
    [Params(10, 100, 1_000, 10_000)]
    public int Size { get; set; }

    protected override string CreateText() => SyntheticSpec.Create(Size, Size);
}

/// <summary>The customers description the client library is generated from.</summary>
public class CustomersBenchmarks : StageBenchmarks
{
    protected override string CreateText() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "partner-center-customers.yaml"));
}
