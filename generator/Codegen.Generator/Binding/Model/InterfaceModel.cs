using Codegen.Generator.Common;

namespace Codegen.Generator.Binding.Model;

/// <summary>A Refit interface: one per client, or one per tag when the option asks for it.</summary>
internal sealed record InterfaceModel(string Name, Documentation Docs, ImmutableEquatableArray<MethodModel> Methods);

/// <summary>One operation as a Refit method. <see cref="ReturnType"/> is the full Task type.</summary>
/// <param name="Responses">What its documentation says about the answers (returns, errors).</param>
internal sealed record MethodModel(
    string Name,
    Documentation Docs,
    bool Deprecated,
    string ReturnType,
    ImmutableEquatableArray<AttributeModel> Attributes,
    ImmutableEquatableArray<MethodParameterModel> Parameters,
    ResponseDocs? Responses = null);

/// <summary>A method parameter with its Refit attributes already chosen.</summary>
/// <param name="DefaultValue">"null" or "default" for optional parameters; null for required ones.</param>
internal sealed record MethodParameterModel(
    string Name,
    string TypeName,
    ImmutableEquatableArray<AttributeModel> Attributes,
    string? DefaultValue,
    string? Description);
