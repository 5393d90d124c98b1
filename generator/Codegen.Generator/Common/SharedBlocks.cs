using System;

namespace Codegen.Generator.Common;

/// <summary>
/// Room for many small runs of items one after another in shared arrays ("blocks"), rather than an array per run: for
/// the entries of a tree's mappings (<see cref="Parsing.Tree.EntryBlocks"/>) and the bytes of the generated files
/// (<see cref="ByteBlocks"/>). Each run was an array of its own, hundreds of thousands of young objects in a large
/// description, that every collection falling while they lived marked and copied.
/// </summary>
/// <remarks>
/// Blocks start small and double, so small input takes little, up to a length that stays under the large object
/// threshold (85,000 bytes). Once a large amount has been kept, blocks become large (past that threshold): from there
/// the items sit on the large object heap, which a young collection does not copy, and which does not spend the young
/// generation's budget. Not from the start: large object heap memory is only given back by a full collection, and its
/// own budget, spent by every description a long-lived process generates, then sets one off (with large blocks from the
/// start, every run of a 1,000-schema description in a BenchmarkDotNet loop made a full collection; with the thresholds
/// of the two users, none). Only a large input has enough alive, for long enough, to be worth it (docs/benchmarks.md).
/// A run of <see cref="OwnArrayFrom"/> items or more gets an array of its own: it would leave too much of a block unused.
/// </remarks>
internal sealed class SharedBlocks<T>
{
    private readonly int _firstLength;
    private readonly int _smallLength;
    private readonly int _largeLength;
    private readonly long _largeFrom;

    private T[] _block = Array.Empty<T>();
    private int _used;
    private long _kept;

    /// <param name="firstLength">The first block's length.</param>
    /// <param name="smallLength">The longest small block: under the large object threshold.</param>
    /// <param name="largeLength">A large block's length: past the large object threshold.</param>
    /// <param name="largeFrom">How many items are kept in small blocks before the blocks are large.</param>
    /// <param name="ownArrayFrom">A run this long or longer gets an array of its own.</param>
    public SharedBlocks(int firstLength, int smallLength, int largeLength, long largeFrom, int ownArrayFrom)
    {
        _firstLength = firstLength;
        _smallLength = smallLength;
        _largeLength = largeLength;
        _largeFrom = largeFrom;
        OwnArrayFrom = ownArrayFrom;
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
            _block = new T[_kept >= _largeFrom ? _largeLength : Math.Min(Math.Max(_block.Length * 2, _firstLength), _smallLength)];
            _used = 0;
        }

        var reserved = new ArraySegment<T>(_block, _used, length);
        _used += length;
        _kept += length;
        return reserved;
    }
}
