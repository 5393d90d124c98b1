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

    /// <summary>Each number's id, as first met: the one string every reference to the schema shares.</summary>
    private readonly List<string> _ids = new();

    /// <summary>The number of <paramref name="id"/>, if it has been met.</summary>
    public bool TryGetNumber(string id, out int number) => _numbers.TryGetValue(id, out number);

    /// <summary>Numbers a newly met <paramref name="id"/>; its schema is to follow by <see cref="Put(int, ApiSchema)"/>.</summary>
    public int Add(string id)
    {
        var number = _byNumber.Count;
        _numbers.Add(id, number);
        _byNumber.Add(null);
        _ids.Add(id);
        return number;
    }

    /// <summary>The id numbered <paramref name="number"/>, as it was first met.</summary>
    public string IdOf(int number) => _ids[number];

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
    /// Every schema read, in the order they were met, and where each id is in it. The table must not change afterwards:
    /// the index reads it. Not sorted by id: the order is the description's own (the same text reads the same), and the
    /// binder puts in id order only what that order decides: the schemas it names, its warnings, discriminator bases and
    /// allOf children (sorting all 170,001 ids of a 10,000-schema description was a seventh of reading it).
    /// </summary>
    public (ImmutableEquatableArray<ApiSchema> Schemas, SchemaIndex Index) InReadingOrder()
    {
        // A number whose schema was never finished (reading stopped on an error) is left out, and has no place.
        var positionByNumber = new int[_byNumber.Count];
        var count = 0;
        for (var number = 0; number < _byNumber.Count; number++)
        {
            positionByNumber[number] = _byNumber[number] is null ? -1 : count++;
        }

        var schemas = new ApiSchema[count];
        for (var number = 0; number < _byNumber.Count; number++)
        {
            if (positionByNumber[number] >= 0)
            {
                schemas[positionByNumber[number]] = _byNumber[number]!;
            }
        }

        return (ImmutableEquatableArray<ApiSchema>.Own(schemas), new SchemaIndex(_numbers, positionByNumber));
    }
}
