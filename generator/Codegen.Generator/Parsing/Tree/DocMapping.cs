using System;
using System.Collections.Generic;
using Codegen.Generator.Common;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// A mapping (YAML) or object (JSON), its entries in document order. Keys are usually scalars; YAML also
/// allows other keys, which are kept (and reported by the loader) but never found by name.
/// </summary>
internal sealed class DocMapping : DocNode
{
    /// <summary>Above this many entries a lookup goes through a dictionary; below, a scan is faster than hashing.</summary>
    private const int IndexThreshold = 8;

    /// <summary>The array the entries are in (a block shared with other mappings, see <see cref="EntryBlocks"/>), from <see cref="_start"/> on.</summary>
    private readonly DocEntry[] _entries;

    private readonly int _start;

    private readonly int _count;

    /// <summary>
    /// The keys as nodes, only for a mapping (from YamlDotNet's loader) with a tagged or non-scalar key: those keep
    /// their node for <see cref="KeyAt"/>, and a tagged key is not found by name, as in YamlDotNet.
    /// </summary>
    private readonly DocNode[]? _keyNodes;

    /// <summary>Made on the first lookup by name of a large mapping; many (a schema's properties) are only ever walked.</summary>
    private Dictionary<string, int>? _index;

    /// <param name="entries">The entries, in order; the array is owned by the mapping from here on.</param>
    public DocMapping(DocEntry[] entries, int line, int column)
        : this(new ArraySegment<DocEntry>(entries), null, line, column)
    {
    }

    /// <param name="entries">The entries, in order; that part of the array never changes from here on.</param>
    public DocMapping(ArraySegment<DocEntry> entries, int line, int column)
        : this(entries, null, line, column)
    {
    }

    private DocMapping(ArraySegment<DocEntry> entries, DocNode[]? keyNodes, int line, int column)
        : base(line, column)
    {
        _entries = entries.Array ?? Array.Empty<DocEntry>();
        _start = entries.Offset;
        _count = entries.Count;
        _keyNodes = keyNodes;
    }

    /// <summary>A mapping of any keys, as YamlDotNet's loader or a reader building one makes them.</summary>
    public static DocMapping FromNodes(IReadOnlyList<DocNode> keys, IReadOnlyList<DocNode> values, int line, int column)
    {
        var entries = new DocEntry[keys.Count];
        DocNode[]? keyNodes = null;
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new DocEntry(DocKey.Of(keys[i]), values[i]);
            if (keys[i] is not DocScalar { Tag: null } && keyNodes is null)
            {
                keyNodes = new DocNode[keys.Count];
                for (var k = 0; k < keyNodes.Length; k++)
                {
                    keyNodes[k] = keys[k];
                }
            }
        }

        return new DocMapping(new ArraySegment<DocEntry>(entries), keyNodes, line, column);
    }

    public static DocMapping Empty(int line, int column) => new(Array.Empty<DocEntry>(), line, column);

    public int Count => _count;

    /// <summary>The key's text; null when the key is not a scalar.</summary>
    public string? KeyTextAt(int index) => Entry(index).Key.Value;

    /// <summary>The key as a node (made for the asking when it is a plain untagged scalar, the rule).</summary>
    public DocNode KeyAt(int index) => _keyNodes?[index] ?? Entry(index).Key.ToNode();

    public DocNode ValueAt(int index) => Entry(index).Value;

    /// <summary>The value of the untagged scalar key <paramref name="key"/>; null when there is none.</summary>
    public DocNode? Get(string key)
    {
        var index = IndexOf(key);
        return index < 0 ? null : Entry(index).Value;
    }

    /// <summary>
    /// The text of the scalar value of <paramref name="key"/> and whether it was written plain, without making a node
    /// for it; false when there is no such key or its value is a mapping or a sequence.
    /// </summary>
    public bool TryGetScalar(string key, out string text, out bool isPlain)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            return Entry(index).TryGetScalar(out text, out isPlain);
        }

        text = string.Empty;
        isPlain = false;
        return false;
    }

    /// <summary>Where the untagged scalar key <paramref name="key"/> is; -1 when there is none.</summary>
    private int IndexOf(string key)
    {
        if (_count > IndexThreshold)
        {
            return (_index ?? MakeIndex()).TryGetValue(key, out var found) ? found : -1;
        }

        // Readers probe each schema for a dozen keys, most of them absent.
        var entries = _entries;
        for (var i = 0; i < _count; i++)
        {
            if (OrdinalText.Same(entries[_start + i].Key.Value, key) && IsFoundByName(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The entries whose key is a scalar, by key text: what every reader walks.</summary>
    public IEnumerable<KeyValuePair<string, DocNode>> Entries()
    {
        for (var i = 0; i < _count; i++)
        {
            var entry = Entry(i);
            if (entry.Key.Value is { } key)
            {
                yield return new KeyValuePair<string, DocNode>(key, entry.Value);
            }
        }
    }

    /// <summary>
    /// The index by key text. A tree stays safe to read from several threads: each may make an index, all alike;
    /// the first published is kept, fully built before any thread sees it.
    /// </summary>
    private Dictionary<string, int> MakeIndex()
    {
        var index = new Dictionary<string, int>(_count, StringComparer.Ordinal);
        for (var i = 0; i < _count; i++)
        {
            if (IsFoundByName(i) && !index.ContainsKey(Entry(i).Key.Value!))
            {
                index.Add(Entry(i).Key.Value!, i);
            }
        }

        return System.Threading.Interlocked.CompareExchange(ref _index, index, null) ?? index;
    }

    /// <summary>Entry <paramref name="index"/>, checked against this mapping's count: the array goes on with other mappings' entries.</summary>
    private ref readonly DocEntry Entry(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return ref _entries[_start + index];
    }

    private bool IsFoundByName(int index)
        => Entry(index).Key.Value is not null && (_keyNodes is null || _keyNodes[index] is DocScalar { Tag: null });
}
