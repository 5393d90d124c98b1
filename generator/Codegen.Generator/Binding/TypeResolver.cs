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

    /// <param name="namedTypes">Schema id → name of the record or enum generated for it.</param>
    /// <param name="namespaceName">Where generated types and the support types (EquatableArray, ...) live.</param>
    public TypeResolver(SchemaShapes shapes, IReadOnlyDictionary<string, string> namedTypes, string namespaceName)
    {
        _shapes = shapes;
        _namedTypes = namedTypes;
        _supportPrefix = "global::" + namespaceName + ".";
    }

    public TypeRef Resolve(string schemaId) => Resolve(schemaId, depth: 0);

    /// <summary>Whether the schema itself allows null (3.0 nullable, 3.1 "null" type, null in enum).</summary>
    public bool IsNullable(string schemaId)
    {
        var schema = _shapes[schemaId];
        return schema.Nullable || _shapes.Unwrap(schema).Nullable;
    }

    /// <summary>The type as a property, parameter or element: nullable when asked, collections as read-only interfaces.</summary>
    public string Render(string schemaId, bool nullable) => Resolve(schemaId).Render(nullable);

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
            return new TypeRef(KnownTypes.JsonElement, IsValueType: true);
        }

        switch (SchemaShapes.KindOf(schema))
        {
            case SchemaShapeKind.Array:
                var element = schema.ItemsId is null ? new TypeRef(KnownTypes.JsonElement, true) : Resolve(schema.ItemsId, depth + 1);
                var elementNullable = schema.ItemsId is not null && IsNullable(schema.ItemsId);
                return new TypeRef(
                    $"{KnownTypes.ReadOnlyList}<{element.Render(elementNullable)}>",
                    IsValueType: false,
                    CollectionFactory: _supportPrefix + KnownTypes.EquatableArray + ".From");
            case SchemaShapeKind.Map:
                var value = Resolve(schema.AdditionalProperties.SchemaId!, depth + 1);
                var valueNullable = IsNullable(schema.AdditionalProperties.SchemaId!);
                return new TypeRef(
                    $"{KnownTypes.ReadOnlyDictionary}<string, {value.Render(valueNullable)}>",
                    IsValueType: false,
                    CollectionFactory: _supportPrefix + KnownTypes.EquatableDictionary + ".From");
            case SchemaShapeKind.Primitive:
                return Primitive(schema);
            default:
                return new TypeRef(KnownTypes.JsonElement, IsValueType: true);
        }
    }

    private static TypeRef Primitive(ApiSchema schema)
    {
        var format = schema.Format ?? string.Empty;
        switch (schema.Types[0])
        {
            case "boolean":
                return new TypeRef(KnownTypes.Bool, true);
            case "integer":
                return format switch
                {
                    "int32" or "int16" or "int8" or "uint8" => new TypeRef(KnownTypes.Int, true),
                    _ => new TypeRef(KnownTypes.Long, true),
                };
            case "number":
                return format switch
                {
                    "float" => new TypeRef(KnownTypes.Float, true),
                    "decimal" or "decimal128" or "currency" => new TypeRef(KnownTypes.Decimal, true),
                    "int32" => new TypeRef(KnownTypes.Int, true),
                    "int64" => new TypeRef(KnownTypes.Long, true),
                    _ => new TypeRef(KnownTypes.Double, true),
                };
            default:
                return format.ToLowerInvariant() switch
                {
                    "uuid" or "guid" => new TypeRef(KnownTypes.Guid, true),
                    "date-time" => new TypeRef(KnownTypes.DateTimeOffset, true),
                    "date" => new TypeRef(KnownTypes.DateOnly, true),
                    "byte" => new TypeRef(KnownTypes.Bytes, false),
                    "uri" => new TypeRef(KnownTypes.Uri, false),
                    _ => new TypeRef(KnownTypes.String, false),
                };
        }
    }

    public static bool IsString(TypeRef type) => string.Equals(type.Name, KnownTypes.String, StringComparison.Ordinal);
}
