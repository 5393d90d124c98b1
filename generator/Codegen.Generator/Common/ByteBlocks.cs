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
    /// From this many generated types (records, enums, unions) the output is large: some tens of megabytes, a description
    /// of thousands of schemas (the 10,000-schema one has 20,000 types and some 104 MB of files by `--alloc 10000`; the largest description in the repository, box.json, 1,140).
    /// </summary>
    public const int LargeFromTypes = 5_000;

    private readonly SharedBlocks<byte> _blocks;

    /// <param name="types">How many types the model has: blocks of 1 MB from <see cref="LargeFromTypes"/>, else of 8 KB doubling up to 80 KB
    /// (under the large object threshold). A file of 10 KB or more has an array of its own.</param>
    public ByteBlocks(int types)
        => _blocks = new(firstLength: 8 * 1024, smallLength: 80 * 1024, largeLength: 1024 * 1024, large: types >= LargeFromTypes);

    /// <summary>Room for exactly <paramref name="length"/> bytes, which nothing else is given.</summary>
    public ArraySegment<byte> Reserve(int length) => _blocks.Reserve(length);
}
