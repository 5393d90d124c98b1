using Codegen.Generator.Common;

namespace Codegen.Generator.Binding.Model;

/// <summary>A Refit interface: one per client, or one per tag when the option asks for it.</summary>
/// <param name="Bases">The interfaces it extends: those of its child tags (OpenAPI 3.2 tag parent), in name order.</param>
/// <param name="StreamsClassName">The static class of the extension methods that read its streamed responses; null when it has none.</param>
internal sealed record InterfaceModel(
    string Name,
    Documentation Docs,
    ImmutableEquatableArray<MethodModel> Methods,
    ImmutableEquatableArray<string>? Bases = null,
    string? StreamsClassName = null);

/// <summary>One operation as a Refit method, returning a Task of <see cref="Result"/> (a plain Task when it is null).</summary>
/// <param name="ResultNullable">The result may be null (an empty success response beside one with content).</param>
/// <param name="Responses">What its documentation says about the answers (returns, errors).</param>
/// <param name="Stream">A streamed response: <see cref="Name"/> is the extension method that gates Refit's answer and yields the items.</param>
/// <param name="ResponseMethodName">
/// The hidden Refit method that sends the request and hands over the response with its body unread, for a streamed
/// response and for a JSON result (then <see cref="Name"/> is a default interface method that reads the body); null
/// when the method is Refit's own.
/// </param>
internal sealed record MethodModel(
    string Name,
    Documentation Docs,
    bool Deprecated,
    TypeRef? Result,
    bool ResultNullable,
    ImmutableEquatableArray<AttributeModel> Attributes,
    ImmutableEquatableArray<MethodParameterModel> Parameters,
    ResponseDocs? Responses = null,
    StreamModel? Stream = null,
    string? ResponseMethodName = null);

/// <summary>A method parameter with its Refit attributes already chosen.</summary>
/// <param name="Default">What an optional parameter defaults to; <see cref="ParameterDefault.None"/> for a required one.</param>
internal sealed record MethodParameterModel(
    string Name,
    TypeRef Type,
    bool Nullable,
    ImmutableEquatableArray<AttributeModel> Attributes,
    ParameterDefault Default,
    string? Description)
{
    public bool IsOptional => Default != ParameterDefault.None;
}

/// <summary>The default value of a method parameter.</summary>
internal enum ParameterDefault
{
    /// <summary>Required: no default.</summary>
    None,

    /// <summary>Optional, null when left out.</summary>
    Null,

    /// <summary>Optional, the type's default when left out (the cancellation token).</summary>
    Default,
}
