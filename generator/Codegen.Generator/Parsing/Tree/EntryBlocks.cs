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
    /// An entry is 32 bytes: blocks of 256 entries doubling up to 2,600 (83 KB), then of 32,768 (1 MB) once 32,768 are
    /// kept, a description of some hundreds of schemas. On the 10,000-schema description (a million entries) the collection
    /// that falls while the tree is read then pauses about a third less (docs/benchmarks.md). A mapping of 325 entries or
    /// more has an array of its own.
    /// </summary>
    private readonly SharedBlocks<DocEntry> _blocks = new(
        firstLength: 256, smallLength: 2_600, largeLength: 32_768, largeFrom: 32_768, ownArrayFrom: 325);

    /// <summary>Copies <paramref name="entries"/> into a block and returns where they are.</summary>
    public ArraySegment<DocEntry> Keep(List<DocEntry> entries)
    {
        var kept = _blocks.Reserve(entries.Count);
        entries.CopyTo(kept.Array!, kept.Offset);
        return kept;
    }
}
