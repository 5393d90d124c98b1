using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Parsing.Model;

/// <summary>One schema of the description: a component, or an inline schema at a stable location.</summary>
/// <param name="Sensitive">The schema says <c>x-sensitive: true</c>: its values are secrets that ToString must not print.</param>
/// <param name="Details">What few schemas say (title, enum, compositions, discriminator, default, const); null when none of it.</param>
/// <param name="ItemsNumber">The number of <paramref name="ItemsId"/> (<see cref="SchemaNumbers"/>); -1 when not known.</param>
/// <remarks>
/// Equality contract: value equality over every member. <see cref="Id"/> is the schema's file and JSON
/// pointer ("spec.yaml#/components/schemas/Customer"), unique in a document, and what other schemas
/// and operations use to refer to it.
/// </remarks>
internal sealed record ApiSchema(
    string Id,
    string? ComponentName,
    NameHint NameHint,
    ImmutableEquatableArray<string> Types,
    string? Format,
    bool Nullable,
    string? Description,
    bool Deprecated,
    bool ReadOnly,
    bool WriteOnly,
    bool Sensitive,
    ImmutableEquatableArray<ApiProperty> Properties,
    ImmutableEquatableArray<string> Required,
    string? ItemsId,
    ApiAdditionalProperties AdditionalProperties,
    ApiSchemaDetails? Details,
    SourceLocation Location,
    int ItemsNumber = SchemaNumbers.Unknown)
{
    public string? Title => Details?.Title;

    public ImmutableEquatableArray<ApiEnumValue> EnumValues => Details?.EnumValues ?? ImmutableEquatableArray<ApiEnumValue>.Empty;

    public ImmutableEquatableArray<string> AllOf => Details?.AllOf ?? ImmutableEquatableArray<string>.Empty;

    public ImmutableEquatableArray<string> OneOf => Details?.OneOf ?? ImmutableEquatableArray<string>.Empty;

    public ImmutableEquatableArray<string> AnyOf => Details?.AnyOf ?? ImmutableEquatableArray<string>.Empty;

    public ApiDiscriminator? Discriminator => Details?.Discriminator;

    public string? DefaultJson => Details?.DefaultJson;

    public string? ConstJson => Details?.ConstJson;
}

/// <summary>
/// The keywords of a schema that most schemas do not use. Kept apart so that each of the many schemas without
/// them (a 10,000-schema description has over 150,000, properties and items included) carries one empty
/// reference rather than eight; <see cref="ApiSchema"/> exposes each as its own member.
/// </summary>
internal sealed record ApiSchemaDetails(
    string? Title,
    ImmutableEquatableArray<ApiEnumValue> EnumValues,
    ImmutableEquatableArray<string> AllOf,
    ImmutableEquatableArray<string> OneOf,
    ImmutableEquatableArray<string> AnyOf,
    ApiDiscriminator? Discriminator,
    string? DefaultJson,
    string? ConstJson)
{
    /// <summary>The details, or null when there are none to keep.</summary>
    public static ApiSchemaDetails? Of(
        string? title,
        ImmutableEquatableArray<ApiEnumValue> enumValues,
        ImmutableEquatableArray<string> allOf,
        ImmutableEquatableArray<string> oneOf,
        ImmutableEquatableArray<string> anyOf,
        ApiDiscriminator? discriminator,
        string? defaultJson,
        string? constJson)
        => title is null && enumValues.Count == 0 && allOf.Count == 0 && oneOf.Count == 0 && anyOf.Count == 0
           && discriminator is null && defaultJson is null && constJson is null
            ? null
            : new ApiSchemaDetails(title, enumValues, allOf, oneOf, anyOf, discriminator, defaultJson, constJson);
}

/// <summary>A property of an object schema, in spec order.</summary>
/// <param name="Description">A description written beside the property's $ref (3.1 allows it; 3.0 tools commonly read it too).</param>
/// <param name="SchemaNumber">The number of <paramref name="SchemaId"/> (<see cref="SchemaNumbers"/>); -1 when not known.</param>
internal sealed record ApiProperty(string JsonName, string SchemaId, string? Description, SourceLocation Location, int SchemaNumber = SchemaNumbers.Unknown);

/// <summary>What the schema says about properties it does not name.</summary>
/// <param name="Kind">Absent (not said), Forbidden (false), FreeForm (true or {}), or Typed.</param>
/// <param name="SchemaId">The value schema when <paramref name="Kind"/> is Typed.</param>
/// <param name="SchemaNumber">The number of <paramref name="SchemaId"/> (<see cref="SchemaNumbers"/>); -1 when not known.</param>
internal sealed record ApiAdditionalProperties(AdditionalPropertiesKind Kind, string? SchemaId, int SchemaNumber = SchemaNumbers.Unknown)
{
    public static ApiAdditionalProperties NotSaid { get; } = new(AdditionalPropertiesKind.NotSaid, null);
}

internal enum AdditionalPropertiesKind
{
    NotSaid,
    Forbidden,
    FreeForm,
    Typed,
}

/// <summary>An enum value as it appears on the wire: its JSON text and, for strings, the string itself.</summary>
internal sealed record ApiEnumValue(string Json, string? StringValue, bool IsNull);

/// <summary>The discriminator of a polymorphic schema: property name and value → schema id mapping.</summary>
/// <param name="DefaultMappingId">
/// OpenAPI 3.2's <c>defaultMapping</c>: the schema of payloads whose discriminator value is absent or not mapped.
/// Read, not applied yet (docs/openapi-3.2.md).
/// </param>
internal sealed record ApiDiscriminator(string PropertyName, ImmutableEquatableArray<ApiDiscriminatorMapping> Mapping, string? DefaultMappingId = null);

internal sealed record ApiDiscriminatorMapping(string Value, string SchemaId);
