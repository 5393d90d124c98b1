using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Binding.Model;

/// <summary>Everything the emitter needs, decided: C# names, types and shapes. The emitter adds no decisions.</summary>
/// <remarks>Equality contract: value equality over every member; collections compare element by element.</remarks>
/// <param name="SentMethods">Per interface, the methods sent over its HttpClient (HTTP methods Refit cannot send, querystring parameters).</param>
/// <param name="QueryStringConverters">The writers of the querystring parameters' types (OpenAPI 3.2 <c>in: querystring</c>).</param>
/// <param name="ClientImplementations">The interfaces with no Refit method, which Refit does not implement, and their implementations.</param>
/// <param name="HasDurations">Some type is a TimeSpan (format: duration): the JSON context reads and writes them as ISO 8601.</param>
/// <param name="HasDeprecatedParts">Something the client generates is [Obsolete]: its files use it, and disable CS0618 for themselves.</param>
internal sealed record ClientModel(
    string Namespace,
    string SourceFileName,
    string JsonContextName,
    ImmutableEquatableArray<RecordModel> Records,
    ImmutableEquatableArray<EnumModel> Enums,
    ImmutableEquatableArray<UnionModel> Unions,
    ImmutableEquatableArray<InterfaceModel> Interfaces,
    ImmutableEquatableArray<SerializableType> SerializableTypes,
    ImmutableEquatableArray<SpecDiagnostic> Diagnostics,
    ImmutableEquatableArray<PagerClassModel> PagerClasses,
    bool HasDurations = false,
    bool HasDeprecatedParts = false,
    ImmutableEquatableArray<SentMethodsModel>? SentMethods = null,
    ImmutableEquatableArray<ClientImplementationModel>? ClientImplementations = null,
    ImmutableEquatableArray<QueryStringConverterModel>? QueryStringConverters = null);

/// <summary>A type the JSON context lists; <see cref="PropertyName"/> overrides the context property's name when the default is taken.</summary>
internal sealed record SerializableType(TypeRef Type, string? PropertyName);

/// <summary>A record for an object schema: sealed on its own, abstract as a polymorphic base, sealed and derived in a family.</summary>
/// <param name="ExtensionData">The properties that keep unknown JSON properties; in a family only the base has them.</param>
/// <param name="Base">For a derived record: its base and the discriminator value its constructor sets.</param>
/// <param name="Polymorphism">For an abstract base: how the converter picks the derived record.</param>
/// <param name="FormatsAsJson">Sent as JSON text in a query: it implements IFormattable with its JSON.</param>
internal sealed record RecordModel(
    string Name,
    Documentation Docs,
    bool Deprecated,
    ImmutableEquatableArray<PropertyModel> Properties,
    ExtensionDataModel? ExtensionData,
    DerivedFrom? Base = null,
    PolymorphismModel? Polymorphism = null,
    bool FormatsAsJson = false);

/// <summary>
/// Unknown JSON properties: callers read and init <paramref name="PropertyName"/> (a read-only map, copied on the way
/// in); System.Text.Json fills and writes the internal <paramref name="SerializerPropertyName"/>, which it may set after
/// construction (it rejects init-only extension data), and the record seals the map once it is read.
/// </summary>
internal sealed record ExtensionDataModel(string PropertyName, string SerializerPropertyName);

/// <summary>A property of a record.</summary>
/// <param name="Type">The property's type; <paramref name="Nullable"/> says whether it may be null.</param>
/// <param name="JsonName">The name on the wire; null for a union alternative, which its converter reads and writes.</param>
/// <param name="IsRequired">A C# <c>required</c> member (System.Text.Json then requires it on read too).</param>
/// <param name="Backing">The field behind the property when the init accessor copies the value (collections, free-form JSON).</param>
/// <param name="JsonRequired">Required on the wire but not in C# (a discriminator its constructor sets): [JsonRequired].</param>
/// <param name="Sensitive">A secret (writeOnly, format: password or x-sensitive: true): the record's ToString shows *** for it.</param>
internal sealed record PropertyModel(
    string Name,
    string? JsonName,
    TypeRef Type,
    bool Nullable,
    bool IsRequired,
    Documentation Docs,
    bool Deprecated,
    BackingField? Backing,
    bool JsonRequired = false,
    bool Sensitive = false);

/// <summary>
/// The field behind a property whose value is copied on the way in: collections into equatable read-only
/// collections, free-form JSON into EquatableJson. Records compare fields, so this is what gives them
/// value equality over contents.
/// </summary>
/// <param name="Kind">What the field holds; its type follows from the property's.</param>
internal sealed record BackingField(string FieldName, BackingKind Kind);

/// <summary>How a property's value is held by its backing field.</summary>
internal enum BackingKind
{
    /// <summary>The collection, copied (at every nesting level) into EquatableArray / EquatableDictionary.</summary>
    EquatableCollection,

    /// <summary>Free-form JSON, held in an EquatableJson that compares it deeply.</summary>
    EquatableJson,
}

/// <summary>A derived record's base type, and the discriminator value its parameterless constructor sets (null: none).</summary>
internal sealed record DerivedFrom(string BaseName, string? DiscriminatorValue);

/// <summary>How an abstract base record is read and written.</summary>
/// <param name="DiscriminatorType">The discriminator property's type, for the base's constructor (a string or a string enum).</param>
/// <param name="DiscriminatorNullable">Whether the discriminator may be null (the spec does not require it).</param>
/// <param name="FallbackTypeName">
/// The record a value reads as when its discriminator is absent or not listed: Unknown{Base}, which keeps the whole
/// object, or the derived record the discriminator's <c>defaultMapping</c> names.
/// </param>
/// <param name="FallbackIsDerived">The fallback is one of <paramref name="Derived"/> (a defaultMapping), not Unknown{Base}.</param>
internal sealed record PolymorphismModel(
    string ConverterName,
    string DiscriminatorJsonName,
    string DiscriminatorPropertyName,
    TypeRef DiscriminatorType,
    bool DiscriminatorNullable,
    ImmutableEquatableArray<DerivedTypeModel> Derived,
    string FallbackTypeName,
    bool FallbackIsDerived);

/// <summary>A derived record and the discriminator values that select it.</summary>
internal sealed record DerivedTypeModel(string TypeName, ImmutableEquatableArray<string> Values);

/// <summary>A forward-compatible enum: a struct wrapping the wire value, with the spec's values as static members.</summary>
/// <param name="ValueType">What the struct wraps: a string, or an int or long written as a JSON number.</param>
internal sealed record EnumModel(
    string Name,
    string ConverterName,
    Documentation Docs,
    bool Deprecated,
    ImmutableEquatableArray<EnumMemberModel> Members,
    EnumValueType ValueType = EnumValueType.String);

/// <summary>The wire value of an enum.</summary>
internal enum EnumValueType
{
    String,

    /// <summary>An integer enum of format int32 (or narrower) whose values fit an int.</summary>
    Int32,

    /// <summary>Any other integer enum.</summary>
    Int64,
}

/// <summary>A named value. <see cref="Value"/> is the string, or for integer enums the number's invariant digits.</summary>
internal sealed record EnumMemberModel(string Name, string Value);

/// <summary>
/// A typed union for oneOf/anyOf without a discriminator: one nullable property per alternative and the
/// JSON as read; its converter picks alternatives by JSON kind, required and known properties.
/// </summary>
/// <param name="SetsAll">anyOf: every alternative that reads is set; oneOf: only the best one.</param>
/// <param name="JsonPropertyName">The property that keeps the JSON value as read.</param>
/// <param name="FormatsAsJson">Sent as JSON text in a query: it implements IFormattable with its JSON.</param>
internal sealed record UnionModel(
    string Name,
    string ConverterName,
    Documentation Docs,
    bool Deprecated,
    bool SetsAll,
    ImmutableEquatableArray<UnionAlternativeModel> Alternatives,
    string JsonPropertyName,
    bool FormatsAsJson = false);

/// <summary>One alternative of a union.</summary>
/// <param name="Property">The nullable property that holds it; its type is what the converter reads and writes.</param>
/// <param name="Kinds">Which JSON value kinds it can be.</param>
/// <param name="Required">For objects: properties that must be present.</param>
/// <param name="Known">For objects: the properties it declares; for string enums: its values. A better match ranks first.</param>
/// <param name="IsInteger">An integer alternative ranks above a number alternative for integral values.</param>
internal sealed record UnionAlternativeModel(
    PropertyModel Property,
    JsonKinds Kinds,
    ImmutableEquatableArray<string> Required,
    ImmutableEquatableArray<string> Known,
    bool IsInteger);

/// <summary>JSON value kinds an alternative accepts.</summary>
[System.Flags]
internal enum JsonKinds
{
    None = 0,
    Object = 1,
    Array = 2,
    String = 4,
    Number = 8,
    Boolean = 16,
    Any = Object | Array | String | Number | Boolean,
}

/// <summary>Text for XML documentation, still raw CommonMark (what OpenAPI says descriptions are): the emitter renders and escapes it.</summary>
internal sealed record Documentation(string? Summary, string? Remarks)
{
    public static Documentation None { get; } = new(null, null);

    /// <summary>The text, or <see cref="None"/> when there is none: most properties and parameters have no text of their own.</summary>
    public static Documentation Of(string? summary, string? remarks) => summary is null && remarks is null ? None : new(summary, remarks);
}
