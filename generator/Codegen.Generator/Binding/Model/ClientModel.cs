using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Binding.Model;

/// <summary>Everything the emitter needs, decided: C# names, types and shapes. The emitter adds no decisions.</summary>
/// <remarks>Equality contract: value equality over every member; collections compare element by element.</remarks>
internal sealed record ClientModel(
    string Namespace,
    string SourceFileName,
    string JsonContextName,
    ImmutableEquatableArray<RecordModel> Records,
    ImmutableEquatableArray<EnumModel> Enums,
    ImmutableEquatableArray<InterfaceModel> Interfaces,
    ImmutableEquatableArray<string> SerializableTypes,
    ImmutableEquatableArray<SpecDiagnostic> Diagnostics);

/// <summary>A sealed record for an object schema.</summary>
internal sealed record RecordModel(
    string Name,
    Documentation Docs,
    bool Deprecated,
    ImmutableEquatableArray<PropertyModel> Properties,
    string? ExtensionDataPropertyName);

/// <summary>A property of a record. <see cref="TypeName"/> is fully rendered, nullability included.</summary>
/// <param name="Collection">How an init accessor must copy the value into an equatable collection, if at all.</param>
internal sealed record PropertyModel(
    string Name,
    string JsonName,
    string TypeName,
    bool IsRequired,
    Documentation Docs,
    bool Deprecated,
    CollectionCopy? Collection);

/// <summary>For collection properties: the backing field and the factory expression that copies a value in.</summary>
internal sealed record CollectionCopy(string FieldName, string FactoryMethod);

/// <summary>A forward-compatible enum: a struct wrapping the wire value, with the spec's values as static members.</summary>
internal sealed record EnumModel(
    string Name,
    string ConverterName,
    Documentation Docs,
    bool Deprecated,
    ImmutableEquatableArray<EnumMemberModel> Members);

internal sealed record EnumMemberModel(string Name, string Value);

/// <summary>Text for XML documentation, still raw: the emitter escapes it.</summary>
internal sealed record Documentation(string? Summary, string? Remarks)
{
    public static Documentation None { get; } = new(null, null);
}
