using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Binds oneOf/anyOf without a discriminator to a typed union: a sealed record with one nullable
/// property per alternative (named after the alternative's type) and the JSON value as read. How the
/// converter chooses is in <see cref="UnionModel"/>'s emitter; what it needs from the spec is decided
/// here: each alternative's JSON kinds, required and known properties, and whether it is an integer.
/// </summary>
internal sealed class UnionBinder
{
    /// <summary>Members the union record declares besides its alternatives.</summary>
    private const string JsonProperty = "Json";
    private const string HasAlternative = "HasAlternative";

    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;
    private readonly Hierarchies _hierarchies;

    public UnionBinder(SchemaShapes shapes, TypeResolver types, Hierarchies hierarchies)
    {
        _shapes = shapes;
        _types = types;
        _hierarchies = hierarchies;
    }

    public UnionModel Bind(ApiSchema schema, string name, string converterName, IReadOnlyDictionary<string, string> names)
    {
        var scope = RecordBinder.NewScope(name, new[] { JsonProperty, HasAlternative }, "a member every generated union has");
        var alternatives = _shapes.Alternatives(schema)
            .Select(id => BindAlternative(id, name, scope, names))
            .ToImmutableEquatableArray();
        var setsAll = schema.OneOf.Count == 0;
        return new UnionModel(name, converterName, RecordBinder.DocumentationOf(schema), schema.Deprecated, setsAll, alternatives, JsonProperty);
    }

    private UnionAlternativeModel BindAlternative(string id, string unionName, NameScope scope, IReadOnlyDictionary<string, string> names)
    {
        var schema = _shapes.Unwrap(_shapes[id]);
        var type = _types.Resolve(id);
        var propertyName = scope.Claim(PropertyName(schema, unionName, names, depth: 0));
        var backing = BackingFields.For(type, propertyName);
        var docs = Documentation.Of(schema.Description ?? schema.Title, null);
        var property = new PropertyModel(propertyName, null, type, true, false, docs, schema.Deprecated, backing);

        var (required, known) = Properties(schema);
        var isInteger = schema.Types.Contains("integer") || (SchemaShapes.KindOf(schema) == SchemaShapeKind.Enum && SchemaShapes.IsIntegerEnum(schema));
        return new UnionAlternativeModel(property, KindsOf(schema), required, known, isInteger);
    }

    /// <summary>Named types by their name (without the union's own name as prefix: ShapeOption1 → Option1), others by JSON type and format.</summary>
    private string PropertyName(ApiSchema schema, string unionName, IReadOnlyDictionary<string, string> names, int depth)
    {
        if (names.TryGetValue(schema.Id, out var typeName))
        {
            return typeName.Length > unionName.Length && typeName.StartsWith(unionName, StringComparison.Ordinal) && char.IsUpper(typeName[unionName.Length])
                ? typeName.Substring(unionName.Length)
                : typeName;
        }

        switch (_shapes.Kind(schema))
        {
            case SchemaShapeKind.Array when schema.ItemsId is not null && depth < 4:
                return PropertyName(_shapes.Unwrap(_shapes[schema.ItemsId]), unionName, names, depth + 1) + "List";
            case SchemaShapeKind.Map when depth < 4:
                return PropertyName(_shapes.Unwrap(_shapes[schema.AdditionalProperties.SchemaId!]), unionName, names, depth + 1) + "Map";
            case SchemaShapeKind.Primitive:
                return IdentifierNames.Pascal(schema.Format ?? schema.Types[0], "Value");
            default:
                return "Value";
        }
    }

    private JsonKinds KindsOf(ApiSchema schema)
    {
        if (_hierarchies.IsBase(schema.Id))
        {
            return JsonKinds.Object;
        }

        switch (_shapes.Kind(schema))
        {
            case SchemaShapeKind.Record:
            case SchemaShapeKind.Map:
                return JsonKinds.Object;
            case SchemaShapeKind.Array:
                return JsonKinds.Array;
            case SchemaShapeKind.Enum:
                return SchemaShapes.IsIntegerEnum(schema) ? JsonKinds.Number : JsonKinds.String;
            default:
                // Primitives by their type; free-form JSON and nested unions by whatever types they name.
                var kinds = schema.Types.Aggregate(JsonKinds.None, (all, type) => all | KindOf(type));
                return kinds == JsonKinds.None ? JsonKinds.Any : kinds;
        }
    }

    private static JsonKinds KindOf(string jsonType) => jsonType switch
    {
        "object" => JsonKinds.Object,
        "array" => JsonKinds.Array,
        "string" => JsonKinds.String,
        "integer" or "number" => JsonKinds.Number,
        "boolean" => JsonKinds.Boolean,
        _ => JsonKinds.None,
    };

    /// <summary>Objects: required and declared property names; string enums: their values (as "known").</summary>
    private (ImmutableEquatableArray<string> Required, ImmutableEquatableArray<string> Known) Properties(ApiSchema schema)
    {
        if (SchemaShapes.KindOf(schema) == SchemaShapeKind.Enum && !SchemaShapes.IsIntegerEnum(schema))
        {
            return (ImmutableEquatableArray<string>.Empty, schema.EnumValues.Select(v => v.StringValue!).Distinct(StringComparer.Ordinal).ToImmutableEquatableArray());
        }

        if (_hierarchies.FamilyOf(schema.Id) is { } family)
        {
            return (new[] { family.DiscriminatorJsonName }.ToImmutableEquatableArray(), new[] { family.DiscriminatorJsonName }.ToImmutableEquatableArray());
        }

        if (_shapes.Kind(schema) != SchemaShapeKind.Record)
        {
            return (ImmutableEquatableArray<string>.Empty, ImmutableEquatableArray<string>.Empty);
        }

        var properties = _shapes.EffectiveProperties(schema);
        return (
            properties.Where(p => p.Required).Select(p => p.Property.JsonName).ToImmutableEquatableArray(),
            properties.Select(p => p.Property.JsonName).ToImmutableEquatableArray());
    }
}
