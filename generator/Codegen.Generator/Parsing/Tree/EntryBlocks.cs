using System;
using System.Collections.Generic;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// Where a tree reader keeps the entries of the mappings it finishes: one after another in shared blocks, rather
/// than an array per mapping. A description's mappings are small (two or three entries on average), and an array
/// each was a third of a large tree's objects, every one of them marked and copied by each collection the tree
/// lives through.
/// </summary>
/// <remarks>
/// Blocks double from a small first one, so a small description takes little, up to a size past the large object
/// threshold (85,000 bytes; an entry is 32 bytes). From there a large tree's entries sit on the large object heap,
/// which a young collection does not copy: on the 10,000-schema description (a million entries, 32 MB) the
/// collection that falls while the tree is read paused about a third less (docs/benchmarks.md). The price is that
/// those blocks outlive the tree until the next full collection.
/// </remarks>
internal sealed class EntryBlocks
{
    private const int FirstBlockLength = 256;

    /// <summary>1 MB of entries: past the large object threshold, few enough blocks for a large tree.</summary>
    private const int LargestBlockLength = 32_768;

    /// <summary>A mapping this large gets an array of its own: it would leave too much of a block unused.</summary>
    private const int OwnArrayFrom = 325;

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
            _block = new DocEntry[Math.Min(Math.Max(_block.Length * 2, FirstBlockLength), LargestBlockLength)];
            _used = 0;
        }

        entries.CopyTo(_block, _used);
        var kept = new ArraySegment<DocEntry>(_block, _used, count);
        _used += count;
        return kept;
    }
}
