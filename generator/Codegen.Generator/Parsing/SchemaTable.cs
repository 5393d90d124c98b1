using System;
using System.Collections.Generic;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Parsing;

/// <summary>
/// The schemas read so far, by id. Each id gets a number when it is first met, and the schema is put in by that
/// number once read: an id is hashed once, however many times a schema is started and finished. A schema being read
/// has no value yet, which is how recursion ends.
/// </summary>
internal sealed class SchemaTable
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<ApiSchema?> _byNumber = new();

    /// <summary>The number of <paramref name="id"/>, if it has been met.</summary>
    public bool TryGetNumber(string id, out int number) => _numbers.TryGetValue(id, out number);

    /// <summary>Numbers a newly met <paramref name="id"/>; its schema is to follow by <see cref="Put(int, ApiSchema)"/>.</summary>
    public int Add(string id)
    {
        var number = _byNumber.Count;
        _numbers.Add(id, number);
        _byNumber.Add(null);
        return number;
    }

    public void Put(int number, ApiSchema schema) => _byNumber[number] = schema;

    /// <summary>Puts <paramref name="schema"/> in by its id, numbering the id if it is new.</summary>
    public void Put(ApiSchema schema) => Put(TryGetNumber(schema.Id, out var number) ? number : Add(schema.Id), schema);

    /// <summary>The schema of <paramref name="id"/>, or null when it is unknown or still being read.</summary>
    public ApiSchema? Find(string id) => TryGetNumber(id, out var number) ? _byNumber[number] : null;

    /// <summary>Every schema read, in the order they were met.</summary>
    public IEnumerable<ApiSchema> All
    {
        get
        {
            foreach (var schema in _byNumber)
            {
                if (schema is not null)
                {
                    yield return schema;
                }
            }
        }
    }

    /// <summary>
    /// Every schema read, in ordinal id order (the order the binder names types in), and where each id is in it. The
    /// table must not change afterwards: the index reads it. Sorted by <see cref="OrdinalSort"/>: the ids are JSON
    /// pointers with long common prefixes, which a comparison sort compares again and again.
    /// </summary>
    public (ImmutableEquatableArray<ApiSchema> Schemas, SchemaIndex Index) InIdOrder()
    {
        // A number whose schema was never finished (reading stopped on an error) is left out, and has no place.
        var numbers = new int[_byNumber.Count];
        var ids = new string[_byNumber.Count];
        var count = 0;
        for (var number = 0; number < _byNumber.Count; number++)
        {
            if (_byNumber[number] is { } schema)
            {
                numbers[count] = number;
                ids[count++] = schema.Id;
            }
        }

        if (count < ids.Length)
        {
            Array.Resize(ref ids, count);
        }

        var order = OrdinalSort.OrderOf(ids);
        var schemas = new ApiSchema[count];
        var positionByNumber = new int[_byNumber.Count];
        positionByNumber.AsSpan().Fill(-1);
        for (var position = 0; position < count; position++)
        {
            var number = numbers[order[position]];
            schemas[position] = _byNumber[number]!;
            positionByNumber[number] = position;
        }

        return (ImmutableEquatableArray<ApiSchema>.Own(schemas), new SchemaIndex(_numbers, positionByNumber));
    }
}
