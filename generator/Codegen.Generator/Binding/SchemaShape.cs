using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

internal enum SchemaShapeKind
{
    /// <summary>Free-form JSON: JsonElement.</summary>
    Any,
    Primitive,
    Record,
    /// <summary>A string enum, or an integer enum (see <see cref="SchemaShapes.IsIntegerEnum"/>).</summary>
    Enum,
    Array,
    Map,
    /// <summary>
    /// A schema that only wraps another: allOf with one part, or oneOf/anyOf whose only other
    /// alternatives are "null". It takes that schema's type (<see cref="SchemaShapes.Unwrap"/>).
    /// </summary>
    Alias,
    /// <summary>oneOf/anyOf with no properties of its own: a typed union, or a polymorphic base with a discriminator.</summary>
    Union,
}

/// <summary>Decides what C# shape a schema takes, and the properties an object has once allOf parts are merged.</summary>
internal sealed class SchemaShapes
{
    private readonly IReadOnlyDictionary<string, ApiSchema> _schemas;
    private readonly HashSet<string> _records;

    /// <summary>
    /// Effective properties by schema id. Every binder asks for them, several times per schema, and they do not
    /// depend on which wrappers are records, so shapes made by <see cref="WithRecords"/> share them.
    /// </summary>
    private readonly Dictionary<string, IReadOnlyList<(ApiProperty Property, bool Required)>> _effectiveProperties;

    public SchemaShapes(IReadOnlyDictionary<string, ApiSchema> schemas)
        : this(schemas, new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, IReadOnlyList<(ApiProperty, bool)>>(StringComparer.Ordinal))
    {
    }

    private SchemaShapes(IReadOnlyDictionary<string, ApiSchema> schemas, HashSet<string> records, Dictionary<string, IReadOnlyList<(ApiProperty, bool)>> effectiveProperties)
    {
        _schemas = schemas;
        _records = records;
        _effectiveProperties = effectiveProperties;
    }

    /// <summary>
    /// The same shapes, except that the wrappers <paramref name="ids"/> are records of their own: a derived
    /// schema that only says <c>allOf: [Base]</c> is a subtype with no properties of its own, not Base.
    /// </summary>
    public SchemaShapes WithRecords(IEnumerable<string> ids) => new(_schemas, new HashSet<string>(ids, StringComparer.Ordinal), _effectiveProperties);

    /// <summary>Like <see cref="KindOf"/>, but a wrapper made a record by <see cref="WithRecords"/> is a record.</summary>
    public SchemaShapeKind Kind(ApiSchema schema) => IsMadeRecord(schema) ? SchemaShapeKind.Record : KindOf(schema);

    /// <summary>Whether <see cref="WithRecords"/> made the schema a record; usually there are none, and ids are long to hash.</summary>
    private bool IsMadeRecord(ApiSchema schema) => _records.Count > 0 && _records.Contains(schema.Id);

    public ApiSchema this[string id] => _schemas[id];

    /// <summary>How many schemas the document has.</summary>
    public int Count => _schemas.Count;

    public static SchemaShapeKind KindOf(ApiSchema schema)
    {
        if (schema.EnumValues.Count > 0 && (schema.EnumValues.All(static v => v.StringValue is not null) || IsIntegerEnum(schema)))
        {
            return SchemaShapeKind.Enum;
        }

        if (HasType(schema, "array") || (schema.Types.Count == 0 && schema.ItemsId is not null))
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
            return SchemaShapeKind.Union;
        }

        if (schema.AdditionalProperties.Kind == AdditionalPropertiesKind.Typed && (schema.Types.Count == 0 || HasType(schema, "object")))
        {
            return SchemaShapeKind.Map;
        }

        if (schema.Types.Count == 1 && schema.Types[0] is "string" or "integer" or "number" or "boolean")
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

    /// <summary>Every binder asks for the shape of every schema, often: a plain loop, no comparer, no enumerator.</summary>
    private static bool HasType(ApiSchema schema, string type)
    {
        var types = schema.Types;
        for (var i = 0; i < types.Count; i++)
        {
            if (string.Equals(types[i], type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An enum whose values are all integers, of type integer (or no type): a struct around <c>long</c>.
    /// Enums of other numbers, booleans or mixed kinds keep their underlying type.
    /// </summary>
    public static bool IsIntegerEnum(ApiSchema schema)
        => schema.EnumValues.Count > 0
           && (schema.Types.Count == 0 || (schema.Types.Count == 1 && schema.Types[0] == "integer"))
           && schema.EnumValues.All(static v => v.StringValue is null && long.TryParse(v.Json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));

    /// <summary>
    /// An integer enum of format int32 (or a narrower one: int16, int8, uint8, as for integer properties) whose values
    /// all fit an <c>int</c>: a struct around <c>int</c>. Other integer enums (int64, no format) wrap a <c>long</c>.
    /// </summary>
    public static bool IsInt32Enum(ApiSchema schema)
        => IsIntegerEnum(schema)
           && (schema.Format ?? string.Empty).ToLowerInvariant() is "int32" or "int16" or "int8" or "uint8"
           && schema.EnumValues.All(static v => int.TryParse(v.Json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));

    /// <summary>A schema that allows only null: <c>type: 'null'</c>, or <c>enum: [null]</c>.</summary>
    public static bool IsNullOnly(ApiSchema schema)
        => schema.Nullable && schema.Types.Count == 0 && schema.Properties.Count == 0 && schema.ItemsId is null
           && schema.EnumValues.Count == 0 && schema.AllOf.Count == 0 && schema.OneOf.Count == 0 && schema.AnyOf.Count == 0;

    /// <summary>The alternatives of a oneOf/anyOf schema that are not "null"; oneOf wins when a schema has both.</summary>
    public IReadOnlyList<string> Alternatives(ApiSchema schema)
    {
        var ids = schema.OneOf.Count > 0 ? schema.OneOf : schema.AnyOf;
        return ids.Where(id => !IsNullOnly(_schemas[id])).ToList();
    }

    /// <summary>Follows wrappers (single-part allOf, oneOf/anyOf of one schema and "null") to the schema that carries the shape; cycles stop at the start.</summary>
    public ApiSchema Unwrap(ApiSchema schema)
    {
        // Most schemas wrap nothing: no set of visited ids for them.
        if (WrappedId(schema) is null)
        {
            return schema;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = schema;
        while (seen.Add(current.Id) && WrappedId(current) is { } next)
        {
            current = _schemas[next];
        }

        return current;
    }

    /// <summary>Whether null is allowed: 3.0 nullable, a 3.1 "null" type, null in an enum, or a "null" alternative, anywhere along the wrappers.</summary>
    public bool IsNullable(string schemaId)
    {
        var current = _schemas[schemaId];
        if (current.Nullable || HasNullAlternative(current))
        {
            return true;
        }

        if (WrappedId(current) is null)
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(current.Id))
        {
            if (current.Nullable || HasNullAlternative(current))
            {
                return true;
            }

            if (WrappedId(current) is not { } next)
            {
                break;
            }

            current = _schemas[next];
        }

        return false;
    }

    /// <summary>Own properties plus those of every allOf part, parts first; a later definition of a name wins.</summary>
    public IReadOnlyList<(ApiProperty Property, bool Required)> EffectiveProperties(ApiSchema schema)
    {
        if (!_effectiveProperties.TryGetValue(schema.Id, out var properties))
        {
            properties = CollectEffectiveProperties(schema);
            _effectiveProperties.Add(schema.Id, properties);
        }

        return properties;
    }

    private List<(ApiProperty Property, bool Required)> CollectEffectiveProperties(ApiSchema schema)
    {
        if (schema.AllOf.Count == 0)
        {
            // No parts to merge: the schema's own properties, a later one of the same name replacing an earlier one in place.
            var own = new List<(ApiProperty Property, bool Required)>(schema.Properties.Count);
            foreach (var property in schema.Properties)
            {
                var index = -1;
                for (var i = 0; i < own.Count; i++)
                {
                    if (own[i].Property.JsonName == property.JsonName)
                    {
                        index = i;
                        break;
                    }
                }

                var entry = (property, schema.Required.Contains(property.JsonName));
                if (index < 0)
                {
                    own.Add(entry);
                }
                else
                {
                    own[index] = entry;
                }
            }

            return own;
        }

        var byName = new Dictionary<string, (ApiProperty Property, bool Required)>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(schema, byName, order, new HashSet<string>(StringComparer.Ordinal));
        return order.Select(name => byName[name]).ToList();
    }

    /// <summary>True unless the schema says unknown properties are not allowed.</summary>
    public static bool AllowsUnknownProperties(ApiSchema schema)
        => schema.AdditionalProperties.Kind != AdditionalPropertiesKind.Forbidden;

    private string? WrappedId(ApiSchema schema)
    {
        if (IsMadeRecord(schema))
        {
            return null;
        }

        var kind = KindOf(schema);
        if (kind == SchemaShapeKind.Alias)
        {
            return schema.AllOf[0];
        }

        if (kind == SchemaShapeKind.Union && schema.Discriminator is null)
        {
            var alternatives = Alternatives(schema);
            return alternatives.Count == 1 ? alternatives[0] : null;
        }

        return null;
    }

    private bool HasNullAlternative(ApiSchema schema)
        => (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0) && schema.OneOf.Concat(schema.AnyOf).Any(id => IsNullOnly(_schemas[id]));

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
