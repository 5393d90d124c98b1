using System;
using System.Linq;
using Codegen.Generator.Binding;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;
using Codegen.Generator.Emitting;
using Codegen.Generator.Parsing;

namespace Codegen.Generator;

/// <summary>
/// The generator: three stages (parse, bind, emit), callable one by one or all at once. A plain function of the spec's
/// text, the files its $refs reach and the options; the host tool (and so the build) and the tests call it.
/// </summary>
/// <remarks>
/// Not a source generator: inside the compiler its output would be invisible to Refit's and System.Text.Json's
/// generators (source generators do not see each other's output), so the build runs it before compilation.
/// </remarks>
internal static class CodegenPipeline
{
    public static ParseResult Parse(string specPath, string specText, Func<string, string?> readFile, GeneratorOptions options)
        => OpenApiParser.Parse(specPath, specText, readFile, new SpecLoadOptions(options.AllowReferencesOutsideSpecFolder));

    public static ClientModel Bind(ParseResult parsed, GeneratorOptions options) => ClientBinder.Bind(parsed, options);

    public static ImmutableEquatableArray<GeneratedFile> Emit(ClientModel model) => ClientEmitter.Emit(model);

    /// <summary>
    /// The files one at a time, under their hint names (<see cref="HintName(ClientModel, GeneratedFile)"/>), for a host that writes each out before
    /// the next: the bytes are in a buffer the next file reuses (<see cref="ClientEmitter.EmitEach"/>).
    /// </summary>
    public static void EmitEach(ClientModel model, Action<string, ArraySegment<byte>> write)
        => ClientEmitter.EmitEach(model, (hintName, utf8) => write(HintName(model, hintName), utf8));

    /// <summary>Prefixed with the namespace so two specs in one project cannot produce the same file name.</summary>
    public static string HintName(ClientModel model, GeneratedFile file) => HintName(model, file.HintName);

    private static string HintName(ClientModel model, string fileHintName) => model.Namespace + "." + fileHintName;

    public static (ClientModel Model, ImmutableEquatableArray<GeneratedFile> Files) Run(string specPath, string specText, Func<string, string?> readFile, GeneratorOptions options)
    {
        var model = Bind(Parse(specPath, specText, readFile, options), options);
        return (model, model.Diagnostics.Any(d => d.IsError) ? ImmutableEquatableArray<GeneratedFile>.Empty : Emit(model));
    }
}
