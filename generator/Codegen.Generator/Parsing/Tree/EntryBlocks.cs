using System;
using System.Collections.Generic;
using Codegen.Generator.Common;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// Where a tree reader keeps the entries of the mappings it finishes: one after another in shared blocks
/// (<see cref="SharedBlocks{T}"/>), rather than an array per mapping. A description's mappings are small (two or three
/// entries on average), and an array each was a third of a large tree's objects.
/// </summary>
internal sealed class EntryBlocks
{
    /// <summary>
    /// From a text this long (in characters) the description is large: thousands of schemas (the 10,000-schema one is
    /// 14.8 million characters and some 800,000 entries, 25.8 MB by `--alloc 10000`; the largest description in the repository, box.json, 1.8 million characters).
    /// </summary>
    public const int LargeFromTextLength = 4_000_000;

    private readonly SharedBlocks<DocEntry> _blocks;

    /// <param name="textLength">The description's length: an entry is 32 bytes, so blocks of 32,768 entries (1 MB) from
    /// <see cref="LargeFromTextLength"/>, else of 256 doubling up to 2,600 (83 KB, under the large object threshold). A
    /// mapping of 325 entries or more has an array of its own.</param>
    public EntryBlocks(int textLength)
        => _blocks = new(firstLength: 256, smallLength: 2_600, largeLength: 32_768, large: textLength >= LargeFromTextLength);

    /// <summary>Copies <paramref name="entries"/> into a block and returns where they are.</summary>
    public ArraySegment<DocEntry> Keep(List<DocEntry> entries)
    {
        var kept = _blocks.Reserve(entries.Count);
        entries.CopyTo(kept.Array!, kept.Offset);
        return kept;
    }
}
