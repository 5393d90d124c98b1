using System;
using System.Linq;
using Codegen.Generator.Binding;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;
using Codegen.Generator.Emitting;
using Codegen.Generator.Parsing;

namespace Codegen.Generator;

/// <summary>The three stages, callable one by one (the incremental generator caches between them) or all at once.</summary>
internal static class CodegenPipeline
{
    public static ParseResult Parse(string specPath, string specText, Func<string, string?> readFile, GeneratorOptions options)
        => OpenApiParser.Parse(specPath, specText, readFile, new SpecLoadOptions(options.AllowReferencesOutsideSpecFolder));

    public static ClientModel Bind(ParseResult parsed, GeneratorOptions options) => ClientBinder.Bind(parsed, options);

    public static ImmutableEquatableArray<GeneratedFile> Emit(ClientModel model) => ClientEmitter.Emit(model);

    public static (ClientModel Model, ImmutableEquatableArray<GeneratedFile> Files) Run(string specPath, string specText, Func<string, string?> readFile, GeneratorOptions options)
    {
        var model = Bind(Parse(specPath, specText, readFile, options), options);
        return (model, model.Diagnostics.Any(d => d.IsError) ? ImmutableEquatableArray<GeneratedFile>.Empty : Emit(model));
    }
}
