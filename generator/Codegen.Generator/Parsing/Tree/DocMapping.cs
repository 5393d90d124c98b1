using System;
using System.Collections.Generic;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// A mapping (YAML) or object (JSON), its entries in document order. Keys are usually scalars; YAML also
/// allows other keys, which are kept (and reported by the loader) but never found by name.
/// </summary>
internal sealed class DocMapping : DocNode
{
    /// <summary>Above this many entries a lookup goes through a dictionary; below, a scan is faster than hashing.</summary>
    private const int IndexThreshold = 8;

    private readonly DocNode[] _keys;
    private readonly DocNode[] _values;
    private readonly Dictionary<string, int>? _index;

    /// <param name="keys">The keys, in order; the arrays are owned by the mapping from here on.</param>
    public DocMapping(DocNode[] keys, DocNode[] values, int line, int column)
        : base(line, column)
    {
        _keys = keys;
        _values = values;
        if (keys.Length > IndexThreshold)
        {
            _index = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] is DocScalar { Tag: null } key && !_index.ContainsKey(key.Value))
                {
                    _index.Add(key.Value, i);
                }
            }
        }
    }

    public static DocMapping Empty(int line, int column) => new(Array.Empty<DocNode>(), Array.Empty<DocNode>(), line, column);

    public int Count => _keys.Length;

    public DocNode KeyAt(int index) => _keys[index];

    public DocNode ValueAt(int index) => _values[index];

    /// <summary>The value of the untagged scalar key <paramref name="key"/>; null when there is none.</summary>
    public DocNode? Get(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var found) ? _values[found] : null;
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] is DocScalar { Tag: null } scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
            {
                return _values[i];
            }
        }

        return null;
    }

    /// <summary>The entries whose key is a scalar, by key text: what every reader walks.</summary>
    public IEnumerable<KeyValuePair<string, DocNode>> Entries()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] is DocScalar key)
            {
                yield return new KeyValuePair<string, DocNode>(key.Value, _values[i]);
            }
        }
    }
}
