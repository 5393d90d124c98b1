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
/// <remarks>
/// Binders ask the same questions of a schema many times (its kind, what it wraps, whether it is nullable, its
/// properties): the answers are kept per schema, the ones that depend on <see cref="WithRecords"/> per instance, in
/// arrays by <see cref="SchemaEntry.Index"/>.
/// </remarks>
internal sealed class SchemaShapes
{
    private readonly SchemaEntry[] _entries;
    private readonly SchemaIndex _index;
    private readonly HashSet<string> _records;

    /// <summary>Each schema's <see cref="KindOf"/>, once asked (0: not yet; the kind plus one).</summary>
    private readonly byte[] _writtenKinds;

    /// <summary>
    /// Each schema's effective properties and their schemas, once asked: every binder asks for them, several times per
    /// schema, and they do not depend on which wrappers are records, so shapes made by <see cref="WithRecords"/> share them.
    /// </summary>
    private readonly IReadOnlyList<(ApiProperty Property, bool Required)>?[] _effectiveProperties;

    /// <summary>The schemas of <see cref="_effectiveProperties"/>, in their order, once asked.</summary>
    private readonly SchemaEntry[]?[] _propertySchemas;

    /// <summary>The allOf parts as a graph, made when first asked for and shared like <see cref="_effectiveProperties"/>.</summary>
    private readonly Lazy<AllOfGraph> _allOfGraph;

    /// <summary>What each schema unwraps to, once asked (0: not yet; the index plus one).</summary>
    private readonly int[] _unwrapped;

    /// <summary>Whether each schema allows null, once asked.</summary>
    private readonly bool?[] _nullable;

    /// <param name="schemas">Every schema of the document, in its order.</param>
    /// <param name="index">Where each id is in <paramref name="schemas"/>.</param>
    public SchemaShapes(IReadOnlyList<ApiSchema> schemas, SchemaIndex index)
        : this(Entries(schemas), index, new HashSet<string>(StringComparer.Ordinal), new byte[schemas.Count], new IReadOnlyList<(ApiProperty, bool)>?[schemas.Count], new SchemaEntry[]?[schemas.Count], null)
    {
    }

    private SchemaShapes(
        SchemaEntry[] entries,
        SchemaIndex index,
        HashSet<string> records,
        byte[] writtenKinds,
        IReadOnlyList<(ApiProperty, bool)>?[] effectiveProperties,
        SchemaEntry[]?[] propertySchemas,
        Lazy<AllOfGraph>? allOfGraph)
    {
        _entries = entries;
        _index = index;
        _records = records;
        _writtenKinds = writtenKinds;
        _effectiveProperties = effectiveProperties;
        _propertySchemas = propertySchemas;
        _allOfGraph = allOfGraph ?? new Lazy<AllOfGraph>(() => new AllOfGraph(entries, index.PositionOf), isThreadSafe: false);
        _unwrapped = new int[entries.Length];
        _nullable = new bool?[entries.Length];
    }

    private static SchemaEntry[] Entries(IReadOnlyList<ApiSchema> schemas)
    {
        var entries = new SchemaEntry[schemas.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new SchemaEntry(schemas[i], i);
        }

        return entries;
    }

    /// <summary>
    /// The same shapes, except that the wrappers <paramref name="ids"/> are records of their own: a derived
    /// schema that only says <c>allOf: [Base]</c> is a subtype with no properties of its own, not Base.
    /// </summary>
    public SchemaShapes WithRecords(IReadOnlyCollection<string> ids)
        => ids.Count == 0 && _records.Count == 0 ? this
            : new(_entries, _index, new HashSet<string>(ids, StringComparer.Ordinal), _writtenKinds, _effectiveProperties, _propertySchemas, _allOfGraph);

    /// <summary>Like <see cref="KindOf"/>, but a wrapper made a record by <see cref="WithRecords"/> is a record.</summary>
    public SchemaShapeKind Kind(ApiSchema schema) => IsMadeRecord(schema) ? SchemaShapeKind.Record : KindOf(schema);

    /// <summary>Like <see cref="Kind(ApiSchema)"/>, worked out once per schema.</summary>
    public SchemaShapeKind Kind(SchemaEntry entry) => IsMadeRecord(entry.Schema) ? SchemaShapeKind.Record : WrittenKind(entry);

    /// <summary><see cref="KindOf"/> of the schema as written (no wrapper made a record), worked out once per schema.</summary>
    public SchemaShapeKind WrittenKind(SchemaEntry entry)
    {
        if (_writtenKinds[entry.Index] == 0)
        {
            _writtenKinds[entry.Index] = (byte)(KindOf(entry.Schema) + 1);
        }

        return (SchemaShapeKind)(_writtenKinds[entry.Index] - 1);
    }

    /// <summary>Whether <see cref="WithRecords"/> made the schema a record; usually there are none, and ids are long to hash.</summary>
    private bool IsMadeRecord(ApiSchema schema) => _records.Count > 0 && _records.Contains(schema.Id);

    public ApiSchema this[string id] => Entry(id).Schema;

    /// <summary>The schema of <paramref name="id"/>, to ask further questions of without finding it again.</summary>
    public SchemaEntry Entry(string id) => _entries[_index.PositionOf(id)];

    /// <summary>
    /// The schema of <paramref name="id"/>, found by the number the reader gave the reference (<see cref="SchemaNumbers"/>)
    /// without hashing the id. The schema found must hold the very id string (every reference the readers make shares
    /// it); otherwise, or with no number, it is found by id.
    /// </summary>
    public SchemaEntry Entry(string id, int number)
    {
        var place = _index.PlaceOf(number);
        return place >= 0 && ReferenceEquals(_entries[place].Schema.Id, id) ? _entries[place] : Entry(id);
    }

    /// <summary>Every schema of the document, in its order (as read).</summary>
    public IReadOnlyList<SchemaEntry> All => _entries;

    /// <summary>How many schemas the document has.</summary>
    public int Count => _entries.Length;

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
        return ids.Where(id => !IsNullOnly(this[id])).ToList();
    }

    /// <summary>Follows wrappers (single-part allOf, oneOf/anyOf of one schema and "null") to the schema that carries the shape; cycles stop at the start.</summary>
    public ApiSchema Unwrap(ApiSchema schema)
        => WrappedId(schema) is null ? schema : Unwrap(Entry(schema.Id)).Schema;

    /// <summary>Like <see cref="Unwrap(ApiSchema)"/>, worked out once per schema.</summary>
    public SchemaEntry Unwrap(SchemaEntry entry)
    {
        if (_unwrapped[entry.Index] > 0)
        {
            return _entries[_unwrapped[entry.Index] - 1];
        }

        var current = entry;

        // Most schemas wrap nothing: no set of visited ids for them.
        if (WrappedId(entry) is { } first)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { entry.Schema.Id };
            var passed = new List<SchemaEntry>();
            current = Entry(first);
            while (true)
            {
                // A schema worked out before whose chain ends (not one that came back on itself) ends this one too:
                // a chain of n wrappers is walked once, not once from each of them.
                if (_unwrapped[current.Index] > 0 && _entries[_unwrapped[current.Index] - 1] is var known && WrappedId(known) is null)
                {
                    current = known;
                    break;
                }

                if (!seen.Add(current.Schema.Id) || WrappedId(current) is not { } next)
                {
                    break;
                }

                passed.Add(current);
                current = Entry(next);
            }

            // Every wrapper passed on the way ends where this one does when the chain ended; after a cycle, where a
            // walk stops depends on where it started, so only this schema's is kept.
            if (WrappedId(current) is null)
            {
                foreach (var wrapper in passed)
                {
                    _unwrapped[wrapper.Index] = current.Index + 1;
                }
            }
        }

        _unwrapped[entry.Index] = current.Index + 1;
        return current;
    }

    /// <summary>Whether null is allowed: 3.0 nullable, a 3.1 "null" type, null in an enum, or a "null" alternative, anywhere along the wrappers.</summary>
    public bool IsNullable(string schemaId) => IsNullable(Entry(schemaId));

    /// <summary>Like <see cref="IsNullable(string)"/>, worked out once per schema.</summary>
    public bool IsNullable(SchemaEntry entry) => _nullable[entry.Index] ??= FindNullable(entry.Schema);

    private bool FindNullable(ApiSchema schema)
    {
        var current = schema;
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

            current = this[next];
        }

        return false;
    }

    /// <summary>Own properties plus those of every allOf part, parts first; a later definition of a name wins.</summary>
    public IReadOnlyList<(ApiProperty Property, bool Required)> EffectiveProperties(ApiSchema schema) => EffectiveProperties(Entry(schema.Id));

    /// <summary>Like <see cref="EffectiveProperties(ApiSchema)"/>: every binder asks for them, several times per schema, and they do not depend on which wrappers are records.</summary>
    public IReadOnlyList<(ApiProperty Property, bool Required)> EffectiveProperties(SchemaEntry entry)
        => _effectiveProperties[entry.Index] ?? CollectAlongFirstParts(entry);

    /// <summary>The schema of each of <see cref="EffectiveProperties(SchemaEntry)"/>, in the same order.</summary>
    public IReadOnlyList<SchemaEntry> PropertySchemas(SchemaEntry entry)
    {
        if (_propertySchemas[entry.Index] is not { } schemas)
        {
            var properties = EffectiveProperties(entry);
            schemas = new SchemaEntry[properties.Count];
            for (var i = 0; i < schemas.Length; i++)
            {
                var property = properties[i].Property;
                schemas[i] = Entry(property.SchemaId, property.SchemaNumber);
            }

            _propertySchemas[entry.Index] = schemas;
        }

        return schemas;
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
        Collect(schema, byName, order);
        return order.Select(name => byName[name]).ToList();
    }

    /// <summary>
    /// Effective properties down a chain of schemas that each extend their first allOf part (<see cref="ExtendedPart"/>):
    /// the end's are collected, then each schema's are its part's and its own, up the chain. A chain of thousands is
    /// then walked once, not once from each schema on it.
    /// </summary>
    private IReadOnlyList<(ApiProperty Property, bool Required)> CollectAlongFirstParts(SchemaEntry entry)
    {
        var extending = new List<SchemaEntry>();
        var current = entry;
        while (_effectiveProperties[current.Index] is null && ExtendedPart(current) is { } part)
        {
            extending.Add(current);
            current = part;
        }

        var properties = _effectiveProperties[current.Index] ??= CollectEffectiveProperties(current.Schema);
        for (var i = extending.Count - 1; i >= 0; i--)
        {
            properties = _effectiveProperties[extending[i].Index] = Extend(extending[i].Schema, properties);
        }

        return properties;
    }

    /// <summary>
    /// The first allOf part, when merging it is merging its effective properties: it does not lead back to the schema
    /// (which the walk would skip), and the other parts are inline objects of this schema alone, with no parts of their
    /// own (which the walk could otherwise have met inside the first one, and skipped). Otherwise null.
    /// </summary>
    private SchemaEntry? ExtendedPart(SchemaEntry entry)
    {
        var parts = entry.Schema.AllOf;
        if (parts.Count == 0)
        {
            return null;
        }

        var first = Entry(parts[0]);
        var graph = _allOfGraph.Value;
        if (graph.LeadsBack(first, entry))
        {
            return null;
        }

        for (var i = 1; i < parts.Count; i++)
        {
            var part = Entry(parts[i]);
            if (part.Schema.AllOf.Count > 0 || graph.TimesAPart(part) != 1)
            {
                return null;
            }
        }

        return first;
    }

    /// <summary>What <see cref="Collect"/> gives once it has walked the first part, whose effective properties are <paramref name="firstPart"/>: the other parts' and the schema's own over them.</summary>
    private List<(ApiProperty Property, bool Required)> Extend(ApiSchema schema, IReadOnlyList<(ApiProperty Property, bool Required)> firstPart)
    {
        var byName = new Dictionary<string, (ApiProperty, bool)>(firstPart.Count, StringComparer.Ordinal);
        var order = new List<string>(firstPart.Count);
        foreach (var (property, required) in firstPart)
        {
            byName.Add(property.JsonName, (property, required));
            order.Add(property.JsonName);
        }

        for (var i = 1; i < schema.AllOf.Count; i++)
        {
            AddOwnProperties(this[schema.AllOf[i]], byName, order);
        }

        AddOwnProperties(schema, byName, order);
        return order.Select(name => byName[name]).ToList();
    }

    /// <summary>True unless the schema says unknown properties are not allowed.</summary>
    public static bool AllowsUnknownProperties(ApiSchema schema)
        => schema.AdditionalProperties.Kind != AdditionalPropertiesKind.Forbidden;

    private string? WrappedId(ApiSchema schema) => WrappedId(schema, KindOf(schema));

    private string? WrappedId(SchemaEntry entry) => WrappedId(entry.Schema, WrittenKind(entry));

    private string? WrappedId(ApiSchema schema, SchemaShapeKind writtenKind)
    {
        if (IsMadeRecord(schema))
        {
            return null;
        }

        if (writtenKind == SchemaShapeKind.Alias)
        {
            return schema.AllOf[0];
        }

        if (writtenKind == SchemaShapeKind.Union && schema.Discriminator is null)
        {
            var alternatives = Alternatives(schema);
            return alternatives.Count == 1 ? alternatives[0] : null;
        }

        return null;
    }

    private bool HasNullAlternative(ApiSchema schema)
        => (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0) && schema.OneOf.Concat(schema.AnyOf).Any(id => IsNullOnly(this[id]));

    /// <summary>
    /// Adds the properties of every allOf part, depth first and parts before the schema's own, each schema once. By an
    /// explicit stack: a chain of thousands of allOf parts must not overflow the compiler's stack.
    /// </summary>
    private void Collect(ApiSchema root, Dictionary<string, (ApiProperty, bool)> byName, List<string> order)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { root.Id };
        var stack = new Stack<(ApiSchema Schema, int NextPart)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (schema, nextPart) = stack.Pop();
            if (nextPart < schema.AllOf.Count)
            {
                stack.Push((schema, nextPart + 1));
                var part = this[schema.AllOf[nextPart]];
                if (visited.Add(part.Id))
                {
                    stack.Push((part, 0));
                }
            }
            else
            {
                AddOwnProperties(schema, byName, order);
            }
        }
    }

    /// <summary>The schema's own properties over those of its parts: a later definition of a name wins, and required stays required.</summary>
    private static void AddOwnProperties(ApiSchema schema, Dictionary<string, (ApiProperty, bool)> byName, List<string> order)
    {
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
