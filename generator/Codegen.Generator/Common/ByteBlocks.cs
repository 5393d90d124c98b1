using System;

namespace Codegen.Generator.Common;

/// <summary>
/// Where <see cref="Emitting.ClientEmitter.Emit"/> keeps the bytes of the files it returns: one after another in shared
/// blocks (<see cref="SharedBlocks{T}"/>), rather than an array per file. A large description's output is tens of
/// thousands of small files. A file keeps its whole block alive: the blocks are for callers that hold the files
/// together, as the tests and in-process hosts do.
/// </summary>
internal sealed class ByteBlocks
{
    /// <summary>
    /// Blocks of 8 KB doubling up to 80 KB, then of 1 MB once 2 MB of files are kept: on the 10,000-schema description
    /// (104 MB of files) the pipeline then makes one collection instead of two (docs/benchmarks.md). A file of 16 KB or
    /// more has an array of its own.
    /// </summary>
    private readonly SharedBlocks<byte> _blocks = new(
        firstLength: 8 * 1024, smallLength: 80 * 1024, largeLength: 1024 * 1024, largeFrom: 2 * 1024 * 1024, ownArrayFrom: 16 * 1024);

    /// <summary>Room for exactly <paramref name="length"/> bytes, which nothing else is given.</summary>
    public ArraySegment<byte> Reserve(int length) => _blocks.Reserve(length);
}
