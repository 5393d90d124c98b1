using System;

namespace Codegen.Generator.Common;

/// <summary>
/// Room for many small runs of items one after another in shared arrays ("blocks"), rather than an array per run: for
/// the entries of a tree's mappings (<see cref="Parsing.Tree.EntryBlocks"/>) and the bytes of the generated files
/// (<see cref="ByteBlocks"/>). Each run was an array of its own, hundreds of thousands of young objects in a large
/// description, that every collection falling while they lived marked and copied.
/// </summary>
/// <remarks>
/// For small input the blocks start small and double up to a length under the large object threshold (85,000 bytes).
/// For large input every block is large (past that threshold): the items then sit on the large object heap, which a
/// young collection does not copy and whose allocations do not spend the young generation's budget. Only for large
/// input: large object heap memory is given back only by a full collection, and its own budget, spent by every
/// description a long-lived process generates, then sets one off. With large blocks for a 1,000-schema description a
/// BenchmarkDotNet loop of the pipeline made a full collection in most runs, for nothing: so little input makes few
/// young collections (docs/benchmarks.md). The users decide what is large, each by what it knows of the input's size.
/// A run of an eighth of the longest small block or more gets an array of its own (<see cref="OwnArrayFrom"/>): it would
/// leave too much of a block unused. A run longer than the block it would start is given a block of its length.
/// </remarks>
internal sealed class SharedBlocks<T>
{
    private readonly int _firstLength;
    private readonly int _smallLength;
    private readonly int _largeLength;
    private readonly bool _large;

    private T[] _block = Array.Empty<T>();
    private int _used;

    /// <param name="firstLength">The first small block's length.</param>
    /// <param name="smallLength">The longest small block: under the large object threshold.</param>
    /// <param name="largeLength">A large block's length: past the large object threshold.</param>
    /// <param name="large">Whether the input is large, so that every block is.</param>
    public SharedBlocks(int firstLength, int smallLength, int largeLength, bool large)
    {
        if (firstLength <= 0 || smallLength < firstLength || largeLength < smallLength)
        {
            throw new ArgumentOutOfRangeException(nameof(firstLength), "Blocks must be 0 < first <= small <= large.");
        }

        _firstLength = firstLength;
        _smallLength = smallLength;
        _largeLength = largeLength;
        _large = large;
        OwnArrayFrom = smallLength / 8;
    }

    public int OwnArrayFrom { get; }

    /// <summary>Room for exactly <paramref name="length"/> items, which nothing else is given.</summary>
    public ArraySegment<T> Reserve(int length)
    {
        if (length >= OwnArrayFrom)
        {
            return new ArraySegment<T>(new T[length]);
        }

        if (_block.Length - _used < length)
        {
            var next = _large ? _largeLength : Math.Min(Math.Max(_block.Length * 2, _firstLength), _smallLength);
            _block = new T[Math.Max(next, length)];
            _used = 0;
        }

        var reserved = new ArraySegment<T>(_block, _used, length);
        _used += length;
        return reserved;
    }
}
