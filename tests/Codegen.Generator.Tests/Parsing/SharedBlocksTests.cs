using Codegen.Generator.Common;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// <see cref="SharedBlocks{T}"/> hands out room for runs of items one after another in shared blocks (the tree's entries,
/// the generated files' bytes): no two runs may share an item, and the blocks must follow their policy (for small input
/// small blocks, doubling; for large input large ones; long runs in arrays of their own), since the large blocks are what
/// keeps a large description's data out of young collections and the small ones what keeps a small description's out of
/// the large object heap.
/// </summary>
public sealed class SharedBlocksTests
{
    [Theory]
    [InlineData(false, new[] { 4, 8, 16 })]
    [InlineData(true, new[] { 64 })]
    public void Runs_never_share_an_item_and_blocks_are_as_large_as_the_input_says(bool large, int[] blockLengths)
    {
        var blocks = new SharedBlocks<int>(firstLength: 4, smallLength: 16, largeLength: 64, large, ownArrayFrom: 10);
        var runs = new List<ArraySegment<int>>();
        var blocksSeen = new HashSet<int[]>(ReferenceEqualityComparer.Instance);
        var lengthsSeen = new List<int>();
        for (var run = 0; run < 200; run++)
        {
            // Lengths 1 to 3 mostly, so blocks fill; every seventeenth run long enough for an array of its own.
            var length = run % 17 == 16 ? 10 + (run % 5) : 1 + (run % 3);
            var room = blocks.Reserve(length);
            Assert.Equal(length, room.Count);
            if (length < 10 && blocksSeen.Add(room.Array!))
            {
                lengthsSeen.Add(room.Array!.Length);
            }

            room.AsSpan().Fill(run);
            runs.Add(room);
        }

        for (var run = 0; run < runs.Count; run++)
        {
            Assert.All(runs[run], item => Assert.Equal(run, item));
            if (runs[run].Count >= 10)
            {
                Assert.Equal(runs[run].Count, runs[run].Array!.Length);
            }
        }

        // The blocks runs were kept in, in the order they came: the first ones, then the last length repeated.
        Assert.True(lengthsSeen.Count > blockLengths.Length, "the runs fill more blocks than the growth takes");
        Assert.Equal(blockLengths, lengthsSeen.Take(blockLengths.Length));
        Assert.All(lengthsSeen.Skip(blockLengths.Length), length => Assert.Equal(blockLengths[^1], length));
    }
}
