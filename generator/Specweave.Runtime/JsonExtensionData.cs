// Support types the generated clients share. Generated code names them fully qualified (global::Specweave.Runtime.*),
// so clients of any namespace, and several clients in one namespace or assembly, use the same types.
namespace Specweave.Runtime;

/// <summary>
/// Holds the JSON properties a model does not declare, so read → write loses nothing. Callers see a read-only
/// map: System.Text.Json fills it through <see cref="System.Collections.Generic.IDictionary{TKey, TValue}"/> while
/// reading, and the model seals it when reading ends (<see cref="Seal"/>); after that, and for every copy made by
/// <see cref="From"/>, changing it throws. Equality compares the JSON values deeply.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "The name is generated code's public API; it was a Dictionary subclass before it became read-only.")]
public sealed class JsonExtensionData
    : System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement>,
      System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement>,
      System.IEquatable<JsonExtensionData>
{
    private readonly System.Collections.Generic.Dictionary<string, System.Text.Json.JsonElement> _items;
    private bool _sealed;

    /// <summary>Creates an empty holder for System.Text.Json to fill; it stays open until <see cref="Seal"/>.</summary>
    public JsonExtensionData() => _items = new(System.StringComparer.Ordinal);

    private JsonExtensionData(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>> values)
        : this()
    {
        foreach (var pair in values)
        {
            _items[pair.Key] = pair.Value;
        }

        _sealed = true;
    }

    /// <summary>A sealed copy of <paramref name="values"/> (a sealed holder is kept as it is); null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
    public static JsonExtensionData? From(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>? values)
        => values switch
        {
            null => null,
            JsonExtensionData { _sealed: true } already => already,
            _ => new JsonExtensionData(values),
        };

    /// <summary>Makes the holder read-only; generated models call it when System.Text.Json has finished reading them.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public void Seal() => _sealed = true;

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public System.Collections.Generic.IEnumerable<string> Keys => _items.Keys;

    /// <inheritdoc/>
    public System.Collections.Generic.IEnumerable<System.Text.Json.JsonElement> Values => _items.Values;

    /// <inheritdoc/>
    public System.Text.Json.JsonElement this[string key] => _items[key];

    System.Text.Json.JsonElement System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement>.this[string key]
    {
        get => _items[key];
        set => Open()[key] = value;
    }

    System.Collections.Generic.ICollection<string> System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement>.Keys => _items.Keys;

    System.Collections.Generic.ICollection<System.Text.Json.JsonElement> System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement>.Values => _items.Values;

    bool System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>.IsReadOnly => _sealed;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _items.ContainsKey(key);

    /// <inheritdoc/>
#pragma warning disable CS8767 // netstandard2.0's IReadOnlyDictionary is not annotated for nullability.
    public bool TryGetValue(string key, out System.Text.Json.JsonElement value) => _items.TryGetValue(key, out value);
#pragma warning restore CS8767

    void System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement>.Add(string key, System.Text.Json.JsonElement value) => Open().Add(key, value);

    bool System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement>.Remove(string key) => Open().Remove(key);

    void System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>.Add(System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement> item)
        => Open().Add(item.Key, item.Value);

    void System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>.Clear() => Open().Clear();

    bool System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>.Contains(System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement> item)
        => ((System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>)_items).Contains(item);

    void System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>.CopyTo(System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>[] array, int arrayIndex)
        => ((System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>)_items).CopyTo(array, arrayIndex);

    bool System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>.Remove(System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement> item)
        => ((System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>>)Open()).Remove(item);

    /// <inheritdoc/>
    public System.Collections.Generic.IEnumerator<System.Collections.Generic.KeyValuePair<string, System.Text.Json.JsonElement>> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(JsonExtensionData? other)
    {
        if (other is null || other._items.Count != _items.Count)
        {
            return false;
        }

        foreach (var pair in _items)
        {
            if (!other._items.TryGetValue(pair.Key, out var value) || !System.Text.Json.JsonElement.DeepEquals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsonExtensionData other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var key in _items.Keys)
        {
            hash ^= System.StringComparer.Ordinal.GetHashCode(key);
        }

        return hash;
    }

    /// <summary>The properties as <c>{name: json, ...}</c>, at most 32 of them.</summary>
    public override string ToString() => CollectionText.Map(_items);

    private System.Collections.Generic.Dictionary<string, System.Text.Json.JsonElement> Open()
        => _sealed ? throw new System.NotSupportedException("The properties of a model are read-only once it is built; make a new model with the properties you want.") : _items;
}
