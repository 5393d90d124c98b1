using Codegen.Generator;
using Codegen.Generator.Binding;
using Codegen.Generator.Parsing;

namespace Codegen.Benchmarks;

/// <summary>
/// The generator's four stages, each runnable on its own over the previous stage's result (made once here), so a
/// profile can measure one stage at a time on the same input.
/// </summary>
internal static class PipelineStages
{
    public static readonly GeneratorOptions Options = new("Bench.Client");

    /// <summary>Where the synthetic descriptions are said to be: they are text in memory, never a file.</summary>
    public const string SpecPath = "/specs/spec.yaml";

    public static (string Name, Func<object> Run)[] Of(string path, string text) => Of(path, text, Options);

    public static (string Name, Func<object> Run)[] Of(string path, string text, GeneratorOptions options)
    {
        var loaded = SpecLoader.Load(path, text, _ => null, SpecLoadOptions.Default);
        var parsed = OpenApiParser.Parse(loaded);
        var model = CodegenPipeline.Bind(parsed, options);
        return
        [
            ("Load", () => SpecLoader.Load(path, text, _ => null, SpecLoadOptions.Default)),
            ("Read", () => OpenApiParser.Parse(loaded)),
            ("Bind", () => CodegenPipeline.Bind(parsed, options)),
            ("Emit", () => CodegenPipeline.Emit(model)),
        ];
    }
}
