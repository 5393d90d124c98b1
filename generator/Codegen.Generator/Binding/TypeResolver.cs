using System;
using System.Collections.Generic;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Maps a schema to the C# type that carries it: a generated type, a collection, or a primitive by format.</summary>
internal sealed class TypeResolver
{
    private readonly SchemaShapes _shapes;
    private readonly IReadOnlyDictionary<string, string> _namedTypes;
    private readonly string _supportPrefix;

    /// <summary>Types by schema id: every property, parameter and element asks, most of them for a handful of schemas.</summary>
    private readonly Dictionary<string, TypeRef> _resolved;

    private readonly Dictionary<(TypeRef Type, string Value), string?> _copies = new();

    /// <summary>Schema ids by generated type name (global::-qualified), made when first asked.</summary>
    private Dictionary<string, string>? _schemaIdsByTypeName;

    /// <param name="namedTypes">Schema id → name of the record, enum or union generated for it.</param>
    /// <param name="namespaceName">Where generated types and the support types (EquatableArray, ...) live.</param>
    public TypeResolver(SchemaShapes shapes, IReadOnlyDictionary<string, string> namedTypes, string namespaceName)
    {
        _shapes = shapes;
        _namedTypes = namedTypes;

        // Nearly every schema is a property's, an element's or a parameter's, and is asked for: sized for all of them.
        _resolved = new Dictionary<string, TypeRef>(shapes.Count, StringComparer.Ordinal);
        _supportPrefix = "global::" + namespaceName + ".";
    }

    /// <summary>"global::Namespace.": the prefix of every generated type.</summary>
    public string SupportPrefix => _supportPrefix;

    public TypeRef Resolve(string schemaId)
    {
        if (!_resolved.TryGetValue(schemaId, out var type))
        {
            type = Resolve(schemaId, depth: 0);
            _resolved.Add(schemaId, type);
        }

        return type;
    }

    /// <summary>Whether the schema itself allows null (3.0 nullable, 3.1 "null" type, null in enum, a "null" alternative).</summary>
    public bool IsNullable(string schemaId) => _shapes.IsNullable(schemaId);

    /// <summary>The type as a property, parameter or element: nullable when asked, collections as read-only interfaces.</summary>
    public string Render(string schemaId, bool nullable) => Resolve(schemaId).Render(nullable);

    /// <summary>Whether <paramref name="typeName"/> (global::-qualified) is a generated string enum.</summary>
    public bool IsStringEnum(string typeName)
    {
        if (_schemaIdsByTypeName is null)
        {
            _schemaIdsByTypeName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in _namedTypes)
            {
                // Names are unique; should two schemas ever share one, the first listed answers, as it did when this was a scan.
                var name = _supportPrefix + entry.Value;
                if (!_schemaIdsByTypeName.ContainsKey(name))
                {
                    _schemaIdsByTypeName.Add(name, entry.Key);
                }
            }
        }

        if (!_schemaIdsByTypeName.TryGetValue(typeName, out var schemaId))
        {
            return false;
        }

        var schema = _shapes[schemaId];
        return SchemaShapes.KindOf(schema) == SchemaShapeKind.Enum && !SchemaShapes.IsIntegerEnum(schema);
    }

    /// <summary>The expression that copies <paramref name="value"/> into equatable collections, or null for other types.</summary>
    public string? CopyExpression(TypeRef type, string value)
    {
        if (type.Collection == CollectionKind.None)
        {
            return null;
        }

        // The same collection types recur on many properties; records compare by value, so they key the cache.
        if (!_copies.TryGetValue((type, value), out var copy))
        {
            copy = CollectionCopies.Expression(type, value, _supportPrefix);
            _copies.Add((type, value), copy);
        }

        return copy;
    }

    private TypeRef Resolve(string schemaId, int depth)
    {
        var schema = _shapes.Unwrap(_shapes[schemaId]);
        if (_namedTypes.TryGetValue(schema.Id, out var name))
        {
            var isEnum = SchemaShapes.KindOf(schema) == SchemaShapeKind.Enum;
            return new TypeRef(_supportPrefix + name, IsValueType: isEnum);
        }

        // Deeply nested anonymous collections are cut off rather than recursing forever on a self-referencing array.
        if (depth > 32)
        {
            return Primitives.JsonElement;
        }

        switch (SchemaShapes.KindOf(schema))
        {
            case SchemaShapeKind.Array:
                var element = schema.ItemsId is null ? Primitives.JsonElement : Resolve(schema.ItemsId, depth + 1);
                var elementNullable = schema.ItemsId is not null && IsNullable(schema.ItemsId);
                return Collection(CollectionKind.List, element, elementNullable);
            case SchemaShapeKind.Map:
                var value = Resolve(schema.AdditionalProperties.SchemaId!, depth + 1);
                var valueNullable = IsNullable(schema.AdditionalProperties.SchemaId!);
                return Collection(CollectionKind.Map, value, valueNullable);
            case SchemaShapeKind.Primitive:
                return Primitive(schema);
            default:
                return Primitives.JsonElement;
        }
    }

    /// <summary>
    /// Collection types by kind and element: every inline array or map schema is one of its own, but most are the
    /// same type (IReadOnlyList&lt;string&gt;), so they share one <see cref="TypeRef"/> and its text.
    /// </summary>
    private readonly Dictionary<(CollectionKind Kind, TypeRef Element, bool ElementNullable), TypeRef> _collections = new();

    private TypeRef Collection(CollectionKind kind, TypeRef element, bool elementNullable)
    {
        if (!_collections.TryGetValue((kind, element, elementNullable), out var type))
        {
            var name = kind == CollectionKind.List
                ? $"{KnownTypes.ReadOnlyList}<{element.Render(elementNullable)}>"
                : $"{KnownTypes.ReadOnlyDictionary}<string, {element.Render(elementNullable)}>";
            type = new TypeRef(name, IsValueType: false, kind, element, elementNullable);
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
    /// </list>
    /// </summary>
    /// <summary>One instance per primitive type: a description has thousands of string and integer properties.</summary>
    private static class Primitives
    {
        public static readonly TypeRef Bool = new(KnownTypes.Bool, true);
        public static readonly TypeRef Int = new(KnownTypes.Int, true);
        public static readonly TypeRef Long = new(KnownTypes.Long, true);
        public static readonly TypeRef Float = new(KnownTypes.Float, true);
        public static readonly TypeRef Decimal = new(KnownTypes.Decimal, true);
        public static readonly TypeRef Double = new(KnownTypes.Double, true);
        public static readonly TypeRef Guid = new(KnownTypes.Guid, true);
        public static readonly TypeRef DateTimeOffset = new(KnownTypes.DateTimeOffset, true);
        public static readonly TypeRef DateOnly = new(KnownTypes.DateOnly, true);
        public static readonly TypeRef Bytes = new(KnownTypes.Bytes, false);
        public static readonly TypeRef Uri = new(KnownTypes.Uri, false);
        public static readonly TypeRef String = new(KnownTypes.String, false);
        public static readonly TypeRef JsonElement = new(KnownTypes.JsonElement, true);
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
                    "byte" => Primitives.Bytes,
                    "uri" => Primitives.Uri,
                    _ => Primitives.String,
                };
        }
    }
}
