using System;
using System.Collections.Generic;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Maps a schema to the C# type that carries it: a generated type, a collection, or a primitive by format.</summary>
internal sealed class TypeResolver
{
    private readonly SchemaShapes _shapes;

    /// <summary>The record, enum or union generated for each schema (by <see cref="SchemaEntry.Index"/>); null for the others.</summary>
    private readonly TypeRef?[] _namedTypes;

    /// <summary>Types by schema: every property, parameter and element asks, most of them for a handful of schemas.</summary>
    private readonly TypeRef?[] _resolved;

    /// <param name="namedTypes">By <see cref="SchemaEntry.Index"/>: the record, enum or union generated for the schema.</param>
    public TypeResolver(SchemaShapes shapes, TypeRef?[] namedTypes)
    {
        _shapes = shapes;
        _namedTypes = namedTypes;
        _resolved = new TypeRef?[shapes.Count];
    }

    /// <summary>Whether a type resolved so far is or holds a TimeSpan (format: duration), which the JSON context must read as ISO 8601.</summary>
    public bool ResolvedDuration { get; private set; }

    public TypeRef Resolve(string schemaId) => Resolve(_shapes.Entry(schemaId));

    /// <summary>Like <see cref="Resolve(string)"/>, finding the schema by the reference's number (<see cref="SchemaShapes.Entry(string, int)"/>).</summary>
    public TypeRef Resolve(string schemaId, int number) => Resolve(_shapes.Entry(schemaId, number));

    /// <summary>The type of a body's or a response's schema, found by its number; free-form JSON (<see cref="SchemaReader.AnyId"/>) when it has none.</summary>
    public TypeRef ResolveOrAny(string? schemaId, int number) => schemaId is null ? Resolve(SchemaReader.AnyId) : Resolve(schemaId, number);

    public TypeRef Resolve(SchemaEntry schema)
    {
        if (_resolved[schema.Index] is not { } type)
        {
            type = Resolve(schema, depth: 0);
            _resolved[schema.Index] = type;
            ResolvedDuration |= type.Uses(BuiltinType.TimeSpan);
        }

        return type;
    }

    /// <summary>Whether the schema itself allows null (3.0 nullable, 3.1 "null" type, null in enum, a "null" alternative).</summary>
    public bool IsNullable(string schemaId) => _shapes.IsNullable(schemaId);

    /// <inheritdoc cref="IsNullable(string)"/>
    public bool IsNullable(SchemaEntry schema) => _shapes.IsNullable(schema);

    private TypeRef Resolve(SchemaEntry written, int depth)
    {
        var entry = _shapes.Unwrap(written);
        if (_namedTypes[entry.Index] is { } named)
        {
            return named;
        }

        // Deeply nested anonymous collections are cut off rather than recursing forever on a self-referencing array.
        if (depth > 32)
        {
            return Primitives.JsonElement;
        }

        var schema = entry.Schema;
        switch (_shapes.WrittenKind(entry))
        {
            case SchemaShapeKind.Array:
                var items = schema.ItemsId is null ? (SchemaEntry?)null : _shapes.Entry(schema.ItemsId, schema.ItemsNumber);
                var element = items is { } itemsEntry ? Resolve(itemsEntry, depth + 1) : Primitives.JsonElement;
                var elementNullable = items is { } nullableItems && IsNullable(nullableItems);
                return Collection(TypeRefKind.List, element, elementNullable);
            case SchemaShapeKind.Map:
                var values = _shapes.Entry(schema.AdditionalProperties.SchemaId!, schema.AdditionalProperties.SchemaNumber);
                return Collection(TypeRefKind.Map, Resolve(values, depth + 1), IsNullable(values));
            case SchemaShapeKind.Primitive:
                return Primitive(schema);
            default:
                return Primitives.JsonElement;
        }
    }

    /// <summary>
    /// Collection types by kind and element: every inline array or map schema is one of its own, but most are the
    /// same type (IReadOnlyList&lt;string&gt;), so they share one <see cref="TypeRef"/>.
    /// </summary>
    private readonly Dictionary<(TypeRefKind Kind, TypeRef Element, bool ElementNullable), TypeRef> _collections = new();

    private TypeRef Collection(TypeRefKind kind, TypeRef element, bool elementNullable)
    {
        if (!_collections.TryGetValue((kind, element, elementNullable), out var type))
        {
            type = kind == TypeRefKind.List ? TypeRef.ListOf(element, elementNullable) : TypeRef.MapOf(element, elementNullable);
            _collections.Add((kind, element, elementNullable), type);
        }

        return type;
    }

    /// <summary>
    /// CLR types by type and format. Choices that need a reason:
    /// <list type="bullet">
    /// <item><c>time</c> stays a string: RFC 3339 full-time carries an offset ("12:00:00Z", "12:00:00+02:00")
    /// that TimeOnly cannot hold and System.Text.Json's TimeOnly converter rejects; a string round-trips exactly.</item>
    /// <item><c>binary</c> inside JSON stays a string: JSON cannot carry raw octets, so the text is kept as sent
    /// (request and response bodies of binary content are streams, decided by the operation binders).</item>
    /// <item><c>byte</c> is base64: byte[], which System.Text.Json reads and writes as base64.</item>
    /// <item><c>email</c>, <c>hostname</c>, <c>ipv4</c>, <c>ipv6</c> and unknown formats stay strings.</item>
    /// <item><c>date-time</c> is DateTimeOffset: the offset is kept (a "Z" is written back as "+00:00", the same instant).</item>
    /// <item><c>duration</c> is TimeSpan, read and written as ISO 8601 ("P1DT2H") by the runtime's converter, which the
    /// JSON context registers; System.Text.Json's own TimeSpan text ("1.02:00:00") is not what the format means.</item>
    /// </list>
    /// </summary>
    /// <summary>One instance per primitive type: a description has thousands of string and integer properties.</summary>
    private static class Primitives
    {
        public static readonly TypeRef Bool = TypeRef.Of(BuiltinType.Bool);
        public static readonly TypeRef Int = TypeRef.Of(BuiltinType.Int);
        public static readonly TypeRef Long = TypeRef.Of(BuiltinType.Long);
        public static readonly TypeRef Float = TypeRef.Of(BuiltinType.Float);
        public static readonly TypeRef Decimal = TypeRef.Of(BuiltinType.Decimal);
        public static readonly TypeRef Double = TypeRef.Of(BuiltinType.Double);
        public static readonly TypeRef Guid = TypeRef.Of(BuiltinType.Guid);
        public static readonly TypeRef DateTimeOffset = TypeRef.Of(BuiltinType.DateTimeOffset);
        public static readonly TypeRef DateOnly = TypeRef.Of(BuiltinType.DateOnly);
        public static readonly TypeRef TimeSpan = TypeRef.Of(BuiltinType.TimeSpan);
        public static readonly TypeRef Bytes = TypeRef.Of(BuiltinType.Bytes);
        public static readonly TypeRef Uri = TypeRef.Of(BuiltinType.Uri);
        public static readonly TypeRef String = TypeRef.Of(BuiltinType.String);
        public static readonly TypeRef JsonElement = TypeRef.Of(BuiltinType.JsonElement);
    }

    private static TypeRef Primitive(ApiSchema schema)
    {
        var format = (schema.Format ?? string.Empty).ToLowerInvariant();
        switch (schema.Types[0])
        {
            case "boolean":
                return Primitives.Bool;
            case "integer":
                return format switch
                {
                    "int32" or "int16" or "int8" or "uint8" => Primitives.Int,
                    _ => Primitives.Long,
                };
            case "number":
                return format switch
                {
                    "float" => Primitives.Float,
                    "decimal" or "decimal128" or "currency" => Primitives.Decimal,
                    "int32" => Primitives.Int,
                    "int64" => Primitives.Long,
                    _ => Primitives.Double,
                };
            default:
                return format switch
                {
                    "uuid" or "guid" => Primitives.Guid,
                    "date-time" => Primitives.DateTimeOffset,
                    "date" => Primitives.DateOnly,
                    "duration" => Primitives.TimeSpan,
                    "byte" => Primitives.Bytes,
                    "uri" => Primitives.Uri,
                    _ => Primitives.String,
                };
        }
    }
}
