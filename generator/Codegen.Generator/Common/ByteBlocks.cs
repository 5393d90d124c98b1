using System;

namespace Codegen.Generator.Common;

/// <summary>
/// Where <see cref="Emitting.ClientEmitter.Emit"/> keeps the bytes of the files it returns: one after another in shared
/// blocks, rather than an array per file. A large description's output is tens of thousands of small files, and an array
/// each was tens of thousands of young objects that a collection falling while emitting marked and copied.
/// </summary>
/// <remarks>
/// Blocks double from a small first one, so a small description's output takes little, up to 1 MB, past the large object
/// threshold (85,000 bytes): from there the bytes sit on the large object heap, which a young collection does not copy,
/// and allocating them does not spend the young generation's budget (docs/benchmarks.md: on the 10,000-schema description
/// the pipeline makes one collection instead of two). A file keeps its whole block alive: the blocks are for callers that
/// hold the files together, as the tests and in-process hosts do.
/// </remarks>
internal sealed class ByteBlocks
{
    private const int FirstBlockLength = 16 * 1024;

    private const int LargestBlockLength = 1024 * 1024;

    /// <summary>A file this large gets an array of its own: it would leave too much of a block unused.</summary>
    private const int OwnArrayFrom = 64 * 1024;

    private byte[] _block = Array.Empty<byte>();
    private int _used;

    /// <summary>Room for exactly <paramref name="length"/> bytes, which nothing else is given.</summary>
    public ArraySegment<byte> Reserve(int length)
    {
        if (length >= OwnArrayFrom)
        {
            return new ArraySegment<byte>(new byte[length]);
        }

        if (_block.Length - _used < length)
        {
            _block = new byte[Math.Min(Math.Max(_block.Length * 2, FirstBlockLength), LargestBlockLength)];
            _used = 0;
        }

        var reserved = new ArraySegment<byte>(_block, _used, length);
        _used += length;
        return reserved;
    }
}
