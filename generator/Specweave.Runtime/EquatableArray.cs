// Support types the generated clients share. Generated code names them fully qualified (global::Specweave.Runtime.*),
// so clients of any namespace, and several clients in one namespace or assembly, use the same types.
namespace Specweave.Runtime;

/// <summary>Creates <see cref="EquatableArray{T}"/> instances.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="values"/> into an immutable, equatable list; null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
    public static EquatableArray<T>? From<T>(System.Collections.Generic.IEnumerable<T>? values)
        => values switch
        {
            null => null,
            EquatableArray<T> already => already,
            _ => new EquatableArray<T>(System.Linq.Enumerable.ToArray(values)),
        };

    /// <summary>Copies <paramref name="values"/> and each item through <paramref name="copyItem"/>: nested collections become equatable too.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
    public static EquatableArray<T>? From<T>(System.Collections.Generic.IEnumerable<T>? values, System.Func<T, T> copyItem)
        => values is null ? null : new EquatableArray<T>(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(values, copyItem)));
}

/// <summary>An immutable list that compares by contents, so records holding it have value equality.</summary>
/// <remarks>It implements only read-only interfaces: it cannot be cast to a mutable collection.</remarks>
public sealed class EquatableArray<T> : System.Collections.Generic.IReadOnlyList<T>, System.IEquatable<EquatableArray<T>>
{
    private static readonly System.Collections.Generic.IEqualityComparer<T> ItemEquality =
        JsonElementEquality.Instance as System.Collections.Generic.IEqualityComparer<T> ?? System.Collections.Generic.EqualityComparer<T>.Default;

    private readonly T[] _items;

    internal EquatableArray(T[] items) => _items = items;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T>? other)
    {
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!ItemEquality.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new System.HashCode();
        foreach (var item in _items)
        {
            hash.Add(item is null ? 0 : ItemEquality.GetHashCode(item));
        }

        return hash.ToHashCode();
    }

    /// <summary>The items as <c>[a, b]</c>, at most 32 of them.</summary>
    public override string ToString() => CollectionText.List(this);

    /// <inheritdoc/>
    public System.Collections.Generic.IEnumerator<T> GetEnumerator() => ((System.Collections.Generic.IEnumerable<T>)_items).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
}

/// <summary>Compares free-form JSON items by content: JsonElement itself compares by reference.</summary>
internal sealed class JsonElementEquality
    : System.Collections.Generic.IEqualityComparer<System.Text.Json.JsonElement>,
      System.Collections.Generic.IEqualityComparer<System.Text.Json.JsonElement?>
{
    /// <summary>The one instance.</summary>
    public static readonly JsonElementEquality Instance = new();

    /// <inheritdoc/>
    public bool Equals(System.Text.Json.JsonElement x, System.Text.Json.JsonElement y) => System.Text.Json.JsonElement.DeepEquals(x, y);

    /// <inheritdoc/>
    public bool Equals(System.Text.Json.JsonElement? x, System.Text.Json.JsonElement? y)
        => x is null ? y is null : y is not null && System.Text.Json.JsonElement.DeepEquals(x.Value, y.Value);

    /// <inheritdoc/>
    // Consistent with DeepEquals: equal values have the same kind.
    public int GetHashCode(System.Text.Json.JsonElement obj) => (int)obj.ValueKind;

    /// <inheritdoc/>
    public int GetHashCode(System.Text.Json.JsonElement? obj) => obj is { } value ? (int)value.ValueKind : 0;
}
