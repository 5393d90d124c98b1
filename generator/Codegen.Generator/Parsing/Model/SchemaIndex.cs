using System;
using System.Collections.Generic;

namespace Codegen.Generator.Parsing.Model;

/// <summary>
/// Where each schema id is in <see cref="ApiDocument.Schemas"/>. The readers hash every id once, as they meet it; this
/// keeps their table (id to the number it was read as) and adds each number's place in the schemas, so that the binder
/// finds a schema without hashing 170,000 ids of some 60 characters into a table of its own.
/// </summary>
/// <remarks>Equality: two indexes are equal when they put the same ids at the same places.</remarks>
internal sealed class SchemaIndex : IEquatable<SchemaIndex>
{
    private readonly IReadOnlyDictionary<string, int> _numbers;
    private readonly int[] _positionByNumber;

    /// <param name="numbers">Each id's number; the index only reads it, and its owner changes it no more.</param>
    /// <param name="positionByNumber">Each number's place in the schemas, -1 for a schema that is not in the document.</param>
    public SchemaIndex(IReadOnlyDictionary<string, int> numbers, int[] positionByNumber)
    {
        _numbers = numbers;
        _positionByNumber = positionByNumber;
    }

    /// <summary>The place of <paramref name="id"/> in the document's schemas.</summary>
    /// <exception cref="KeyNotFoundException">The document has no schema with that id.</exception>
    public int PositionOf(string id)
        => _numbers.TryGetValue(id, out var number) && _positionByNumber[number] >= 0
            ? _positionByNumber[number]
            : throw new KeyNotFoundException($"The description has no schema '{id}'.");

    /// <summary>The place of the schema numbered <paramref name="number"/> by the readers (<see cref="SchemaNumbers"/>); -1 when there is none.</summary>
    public int PlaceOf(int number) => (uint)number < (uint)_positionByNumber.Length ? _positionByNumber[number] : -1;

    public bool Equals(SchemaIndex? other)
    {
        if (other is null || Count() != other.Count())
        {
            return false;
        }

        foreach (var entry in _numbers)
        {
            if (_positionByNumber[entry.Value] >= 0
                && (!other._numbers.TryGetValue(entry.Key, out var number) || other._positionByNumber[number] != _positionByNumber[entry.Value]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is SchemaIndex other && Equals(other);

    /// <summary>The number of schemas: the places alone say nothing more that is cheap to hash.</summary>
    public override int GetHashCode() => Count();

    private int Count()
    {
        var count = 0;
        foreach (var position in _positionByNumber)
        {
            count += position >= 0 ? 1 : 0;
        }

        return count;
    }
}
