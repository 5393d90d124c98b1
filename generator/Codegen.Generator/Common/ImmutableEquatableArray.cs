using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Codegen.Generator.Common;

/// <summary>An immutable array with structural equality, so pipeline models stay cacheable.</summary>
/// <remarks>
/// Equality contract: two arrays are equal when they have the same length and their elements are
/// equal pairwise, in order. Mirrors dotnet/runtime's ImmutableEquatableArray used by its generators.
/// </remarks>
internal sealed class ImmutableEquatableArray<T> : IEquatable<ImmutableEquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static ImmutableEquatableArray<T> Empty { get; } = new(Array.Empty<T>());

    private readonly T[] _values;

    public ImmutableEquatableArray(IEnumerable<T> values) => _values = values.ToArray();

    /// <summary>Takes ownership of <paramref name="values"/>, which nothing may change afterwards.</summary>
    private ImmutableEquatableArray(T[] values) => _values = values;

    /// <summary>The array over <paramref name="values"/>; empty ones share <see cref="Empty"/>.</summary>
    public static ImmutableEquatableArray<T> Create(IEnumerable<T> values)
    {
        var array = values.ToArray();
        return array.Length == 0 ? Empty : new ImmutableEquatableArray<T>(array);
    }

    /// <summary>The array over <paramref name="values"/> without a copy: the caller made it for this and changes it no more.</summary>
    public static ImmutableEquatableArray<T> Own(T[] values) => values.Length == 0 ? Empty : new ImmutableEquatableArray<T>(values);

    /// <summary>One element, without the enumeration <see cref="Create"/> goes through.</summary>
    public static ImmutableEquatableArray<T> Single(T value) => new(new[] { value });

    public T this[int index] => _values[index];

    public int Count => _values.Length;

    public bool Equals(ImmutableEquatableArray<T>? other)
        => other is not null && (ReferenceEquals(this, other) || _values.AsSpan().SequenceEqual(other._values));

    public override bool Equals(object? obj) => obj is ImmutableEquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var value in _values)
        {
            hash = unchecked((hash * 31) + (value is null ? 0 : value.GetHashCode()));
        }

        return hash;
    }

    /// <summary>Binders ask these of every schema; as members they need no enumerator object, as LINQ's would.</summary>
    public bool Contains(T value)
    {
        foreach (var item in _values)
        {
            if (EqualityComparer<T>.Default.Equals(item, value))
            {
                return true;
            }
        }

        return false;
    }

    public bool Any() => _values.Length > 0;

    public bool Any(Func<T, bool> predicate)
    {
        foreach (var item in _values)
        {
            if (predicate(item))
            {
                return true;
            }
        }

        return false;
    }

    public bool All(Func<T, bool> predicate)
    {
        foreach (var item in _values)
        {
            if (!predicate(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A struct enumerator: <c>foreach</c> over the array allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(_values);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _values.GetEnumerator();

    public struct Enumerator
    {
        private readonly T[] _values;
        private int _index;

        internal Enumerator(T[] values)
        {
            _values = values;
            _index = -1;
        }

        public readonly T Current => _values[_index];

        public bool MoveNext() => ++_index < _values.Length;
    }
}

internal static class ImmutableEquatableArray
{
    public static ImmutableEquatableArray<T> ToImmutableEquatableArray<T>(this IEnumerable<T> values)
        where T : IEquatable<T>
        => ImmutableEquatableArray<T>.Create(values);
}
