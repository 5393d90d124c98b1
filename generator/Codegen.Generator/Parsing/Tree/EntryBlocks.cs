using System;
using System.Collections.Generic;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// Where a tree reader keeps the entries of the mappings it finishes: one after another in shared blocks, rather
/// than an array per mapping. A description's mappings are small (two or three entries on average), and an array
/// each was a third of a large tree's objects, every one of them marked and copied by each collection the tree
/// lives through.
/// </summary>
internal sealed class EntryBlocks
{
    /// <summary>
    /// Entries per block: just under the large object threshold (85,000 bytes; an entry is 32 bytes), so a block is
    /// an ordinary young object that dies with the tree, not one the large object heap keeps until a full collection.
    /// </summary>
    private const int BlockLength = 2_600;

    /// <summary>A mapping this large gets an array of its own: it would leave too much of a block unused.</summary>
    private const int OwnArrayFrom = BlockLength / 8;

    private DocEntry[] _block = Array.Empty<DocEntry>();
    private int _used;

    /// <summary>Copies <paramref name="entries"/> into a block and returns where they are.</summary>
    public ArraySegment<DocEntry> Keep(List<DocEntry> entries)
    {
        var count = entries.Count;
        if (count >= OwnArrayFrom)
        {
            return new ArraySegment<DocEntry>(entries.ToArray());
        }

        if (_block.Length - _used < count)
        {
            _block = new DocEntry[BlockLength];
            _used = 0;
        }

        entries.CopyTo(_block, _used);
        var kept = new ArraySegment<DocEntry>(_block, _used, count);
        _used += count;
        return kept;
    }
}
