using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

internal enum SchemaShapeKind
{
    /// <summary>Free-form JSON: JsonElement.</summary>
    Any,
    Primitive,
    Record,
    Enum,
    Array,
    Map,
    /// <summary>A schema that only wraps another (allOf with one part): it takes that part's type.</summary>
    Alias,
}

/// <summary>Decides what C# shape a schema takes, and the properties an object has once allOf parts are merged.</summary>
internal sealed class SchemaShapes
{
    private static readonly HashSet<string> PrimitiveTypes = new(StringComparer.Ordinal) { "string", "integer", "number", "boolean" };
    private readonly IReadOnlyDictionary<string, ApiSchema> _schemas;

    public SchemaShapes(IReadOnlyDictionary<string, ApiSchema> schemas) => _schemas = schemas;

    public ApiSchema this[string id] => _schemas[id];

    public static SchemaShapeKind KindOf(ApiSchema schema)
    {
        if (schema.EnumValues.Count > 0 && schema.EnumValues.All(v => v.StringValue is not null))
        {
            return SchemaShapeKind.Enum;
        }

        if (schema.Types.Contains("array") || (schema.Types.Count == 0 && schema.ItemsId is not null))
        {
            return SchemaShapeKind.Array;
        }

        if (schema.AllOf.Count == 1 && schema.Properties.Count == 0 && schema.OneOf.Count == 0 && schema.AnyOf.Count == 0)
        {
            return SchemaShapeKind.Alias;
        }

        if (schema.Properties.Count > 0 || schema.AllOf.Count > 0)
        {
            return SchemaShapeKind.Record;
        }

        if (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0)
        {
            return SchemaShapeKind.Any;
        }

        if (schema.AdditionalProperties.Kind == AdditionalPropertiesKind.Typed && (schema.Types.Count == 0 || schema.Types.Contains("object")))
        {
            return SchemaShapeKind.Map;
        }

        if (schema.Types.Count == 1 && PrimitiveTypes.Contains(schema.Types[0]))
        {
            return SchemaShapeKind.Primitive;
        }

        if (schema.Types.Count == 1 && schema.Types[0] == "object" && schema.AdditionalProperties.Kind == AdditionalPropertiesKind.Forbidden)
        {
            // An object that may hold nothing: still a (property-less) record, so it round-trips as {}.
            return SchemaShapeKind.Record;
        }

        return SchemaShapeKind.Any;
    }

    /// <summary>Follows single-part allOf wrappers to the schema that carries the shape (cycles stop at the start).</summary>
    public ApiSchema Unwrap(ApiSchema schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = schema;
        while (KindOf(current) == SchemaShapeKind.Alias && seen.Add(current.Id))
        {
            current = _schemas[current.AllOf[0]];
        }

        return current;
    }

    /// <summary>Own properties plus those of every allOf part, parts first; a later definition of a name wins.</summary>
    public IReadOnlyList<(ApiProperty Property, bool Required)> EffectiveProperties(ApiSchema schema)
    {
        var byName = new Dictionary<string, (ApiProperty Property, bool Required)>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(schema, byName, order, new HashSet<string>(StringComparer.Ordinal));
        return order.Select(name => byName[name]).ToList();
    }

    /// <summary>True when an allOf part (or the schema) says unknown properties are not allowed.</summary>
    public static bool AllowsUnknownProperties(ApiSchema schema)
        => schema.AdditionalProperties.Kind != AdditionalPropertiesKind.Forbidden;

    private void Collect(ApiSchema schema, Dictionary<string, (ApiProperty, bool)> byName, List<string> order, HashSet<string> visiting)
    {
        if (!visiting.Add(schema.Id))
        {
            return;
        }

        foreach (var partId in schema.AllOf)
        {
            Collect(_schemas[partId], byName, order, visiting);
        }

        var required = new HashSet<string>(schema.Required, StringComparer.Ordinal);
        foreach (var property in schema.Properties)
        {
            if (!byName.ContainsKey(property.JsonName))
            {
                order.Add(property.JsonName);
            }

            var wasRequired = byName.TryGetValue(property.JsonName, out var existing) && existing.Item2;
            byName[property.JsonName] = (property, required.Contains(property.JsonName) || wasRequired);
        }

        // "required" may name properties defined by an allOf part.
        foreach (var name in schema.Required)
        {
            if (byName.TryGetValue(name, out var existing))
            {
                byName[name] = (existing.Item1, true);
            }
        }
    }
}
