using Codegen.Generator.Common;

namespace Codegen.Generator.Binding.Model;

/// <summary>An attribute to emit. String arguments stay raw so the emitter is the one place that escapes them.</summary>
internal sealed record AttributeModel(string TypeName, ImmutableEquatableArray<AttributeArgument> Arguments)
{
    public static AttributeModel Of(string typeName, params AttributeArgument[] arguments) => new(typeName, arguments.ToImmutableEquatableArray());
}

/// <summary>Either a string literal (spec text, escaped on output) or a C# expression the binder built from known names.</summary>
internal sealed record AttributeArgument(string? Literal, string? Expression)
{
    public static AttributeArgument String(string value) => new(value, null);

    public static AttributeArgument Code(string expression) => new(null, expression);
}
