using Codegen.Generator.Binding;

namespace Codegen.Generator;

/// <summary>A spec the build asked to generate from: its path, its text and the options from its item metadata.</summary>
/// <remarks>Equality contract: value equality over path, text and options, so an unchanged spec is a cache hit.</remarks>
internal sealed record SpecRequest(string Path, string Text, GeneratorOptions Options);

/// <summary>Another additional file a spec may refer to with an external $ref.</summary>
internal sealed record InputFile(string Path, string Text);
