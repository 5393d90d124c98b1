// Support types the generated clients share. Generated code names them fully qualified (global::Specweave.Runtime.*),
// so clients of any namespace, and several clients in one namespace or assembly, use the same types.
namespace Specweave.Runtime;

/// <summary>Creates <see cref="EquatableDictionary{TValue}"/> instances.</summary>
public static class EquatableDictionary
{
    /// <summary>Copies <paramref name="values"/> into an immutable, equatable map; null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
    public static EquatableDictionary<TValue>? From<TValue>(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, TValue>>? values)
        => values switch
        {
            null => null,
            EquatableDictionary<TValue> already => already,
            _ => new EquatableDictionary<TValue>(Copy(values)),
        };

    private static System.Collections.Generic.Dictionary<string, TValue> Copy<TValue>(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, TValue>> values)
    {
        var copy = new System.Collections.Generic.Dictionary<string, TValue>(System.StringComparer.Ordinal);
        foreach (var pair in values)
        {
            copy.Add(pair.Key, pair.Value);
        }

        return copy;
    }

    /// <summary>Copies <paramref name="values"/> and each value through <paramref name="copyValue"/>: nested collections become equatable too.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
    public static EquatableDictionary<TValue>? From<TValue>(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, TValue>>? values, System.Func<TValue, TValue> copyValue)
    {
        if (values is null)
        {
            return null;
        }

        var copy = new System.Collections.Generic.Dictionary<string, TValue>(System.StringComparer.Ordinal);
        foreach (var pair in values)
        {
            copy.Add(pair.Key, copyValue(pair.Value));
        }

        return new EquatableDictionary<TValue>(copy);
    }
}

/// <summary>An immutable string-keyed map that compares by contents, so records holding it have value equality.</summary>
/// <remarks>It implements only read-only interfaces: it cannot be cast to a mutable collection.</remarks>
public sealed class EquatableDictionary<TValue> : System.Collections.Generic.IReadOnlyDictionary<string, TValue>, System.IEquatable<EquatableDictionary<TValue>>
{
    private static readonly System.Collections.Generic.IEqualityComparer<TValue> ItemEquality =
        JsonElementEquality.Instance as System.Collections.Generic.IEqualityComparer<TValue> ?? System.Collections.Generic.EqualityComparer<TValue>.Default;

    private readonly System.Collections.Generic.Dictionary<string, TValue> _items;

    internal EquatableDictionary(System.Collections.Generic.Dictionary<string, TValue> items) => _items = items;

    /// <inheritdoc/>
    public TValue this[string key] => _items[key];

    /// <inheritdoc/>
    public System.Collections.Generic.IEnumerable<string> Keys => _items.Keys;

    /// <inheritdoc/>
    public System.Collections.Generic.IEnumerable<TValue> Values => _items.Values;

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _items.ContainsKey(key);

    /// <inheritdoc/>
#pragma warning disable CS8767 // netstandard2.0's IReadOnlyDictionary is not annotated for nullability.
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value) => _items.TryGetValue(key, out value);
#pragma warning restore CS8767

    /// <inheritdoc/>
    public bool Equals(EquatableDictionary<TValue>? other)
    {
        if (other is null || other._items.Count != _items.Count)
        {
            return false;
        }

        foreach (var pair in _items)
        {
            if (!other._items.TryGetValue(pair.Key, out var value) || !ItemEquality.Equals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableDictionary<TValue> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Order-independent, like the equality it goes with.
        var hash = 0;
        foreach (var pair in _items)
        {
            hash ^= System.HashCode.Combine(pair.Key, pair.Value is null ? 0 : ItemEquality.GetHashCode(pair.Value));
        }

        return hash;
    }

    /// <summary>The entries as <c>{key: value}</c>, at most 32 of them.</summary>
    public override string ToString() => CollectionText.Map(this);

    /// <inheritdoc/>
    public System.Collections.Generic.IEnumerator<System.Collections.Generic.KeyValuePair<string, TValue>> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
