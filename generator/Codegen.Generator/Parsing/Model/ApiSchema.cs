using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Parsing.Model;

/// <summary>One schema of the description: a component, or an inline schema at a stable location.</summary>
/// <param name="Sensitive">The schema says <c>x-sensitive: true</c>: its values are secrets that ToString must not print.</param>
/// <remarks>
/// Equality contract: value equality over every member. <see cref="Id"/> is the schema's file and JSON
/// pointer ("spec.yaml#/components/schemas/Customer"), unique in a document, and what other schemas
/// and operations use to refer to it.
/// </remarks>
internal sealed record ApiSchema(
    string Id,
    string? ComponentName,
    string NameHint,
    ImmutableEquatableArray<string> Types,
    string? Format,
    bool Nullable,
    string? Title,
    string? Description,
    bool Deprecated,
    bool ReadOnly,
    bool WriteOnly,
    bool Sensitive,
    ImmutableEquatableArray<ApiProperty> Properties,
    ImmutableEquatableArray<string> Required,
    string? ItemsId,
    ApiAdditionalProperties AdditionalProperties,
    ImmutableEquatableArray<ApiEnumValue> EnumValues,
    ImmutableEquatableArray<string> AllOf,
    ImmutableEquatableArray<string> OneOf,
    ImmutableEquatableArray<string> AnyOf,
    ApiDiscriminator? Discriminator,
    string? DefaultJson,
    string? ConstJson,
    SourceLocation Location);

/// <summary>A property of an object schema, in spec order.</summary>
/// <param name="Description">A description written beside the property's $ref (3.1 allows it; 3.0 tools commonly read it too).</param>
internal sealed record ApiProperty(string JsonName, string SchemaId, string? Description, SourceLocation Location);

/// <summary>What the schema says about properties it does not name.</summary>
/// <param name="Kind">Absent (not said), Forbidden (false), FreeForm (true or {}), or Typed.</param>
/// <param name="SchemaId">The value schema when <paramref name="Kind"/> is Typed.</param>
internal sealed record ApiAdditionalProperties(AdditionalPropertiesKind Kind, string? SchemaId)
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
