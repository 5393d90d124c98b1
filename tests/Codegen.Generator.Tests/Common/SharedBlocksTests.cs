using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Tests.Common;

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
    [InlineData(false, new[] { 8, 16, 32, 64 })]
    [InlineData(true, new[] { 256 })]
    public void Runs_never_share_an_item_and_blocks_are_as_large_as_the_input_says(bool large, int[] blockLengths)
    {
        var blocks = new SharedBlocks<int>(firstLength: 8, smallLength: 64, largeLength: 256, large);
        Assert.Equal(8, blocks.OwnArrayFrom);
        var runs = new List<ArraySegment<int>>();
        var blocksSeen = new HashSet<int[]>(ReferenceEqualityComparer.Instance);
        var lengthsSeen = new List<int>();
        for (var run = 0; run < 300; run++)
        {
            // Lengths 1 to 3 mostly, so blocks fill; every seventeenth run long enough for an array of its own.
            var length = run % 17 == 16 ? 8 + (run % 5) : 1 + (run % 3);
            var room = blocks.Reserve(length);
            Assert.Equal(length, room.Count);
            if (length < blocks.OwnArrayFrom && blocksSeen.Add(room.Array!))
            {
                lengthsSeen.Add(room.Array!.Length);
            }

            room.AsSpan().Fill(run);
            runs.Add(room);
        }

        for (var run = 0; run < runs.Count; run++)
        {
            Assert.All(runs[run], item => Assert.Equal(run, item));
            if (runs[run].Count >= blocks.OwnArrayFrom)
            {
                Assert.Equal(runs[run].Count, runs[run].Array!.Length);
            }
        }

        // The blocks runs were kept in, in the order they came: the first ones, then the last length repeated.
        Assert.True(lengthsSeen.Count > blockLengths.Length, "the runs fill more blocks than the growth takes");
        Assert.Equal(blockLengths, lengthsSeen.Take(blockLengths.Length));
        Assert.All(lengthsSeen.Skip(blockLengths.Length), length => Assert.Equal(blockLengths[^1], length));
    }

    /// <summary>A run longer than the first block but short of an array of its own (a first mapping of 300 entries, a first file of 9 KB).</summary>
    [Fact]
    public void A_run_longer_than_the_block_it_would_start_gets_a_block_that_holds_it()
    {
        var blocks = new SharedBlocks<int>(firstLength: 4, smallLength: 64, largeLength: 256, large: false);

        var first = blocks.Reserve(6);
        var second = blocks.Reserve(7);

        Assert.Equal(6, first.Count);
        Assert.Equal(7, second.Count);
        first.AsSpan().Fill(1);
        second.AsSpan().Fill(2);
        Assert.All(first, item => Assert.Equal(1, item));
    }

    /// <summary>The tree's policy: large blocks (1 MB of entries) exactly from <see cref="EntryBlocks.LargeFromTextLength"/> characters.</summary>
    [Theory]
    [InlineData(EntryBlocks.LargeFromTextLength - 1, 256)]
    [InlineData(EntryBlocks.LargeFromTextLength, 32_768)]
    public void The_tree_takes_large_blocks_from_its_threshold(int textLength, int firstBlockLength)
    {
        var blocks = new EntryBlocks(textLength);

        var kept = blocks.Keep([new DocEntry(DocKey.Synthetic("a"), DocScalar.Synthetic("b"))]);

        Assert.Equal(firstBlockLength, kept.Array!.Length);
    }

    /// <summary>The files' policy: large blocks (1 MB) exactly from <see cref="ByteBlocks.LargeFromTypes"/> types.</summary>
    [Theory]
    [InlineData(ByteBlocks.LargeFromTypes - 1, 8 * 1024)]
    [InlineData(ByteBlocks.LargeFromTypes, 1024 * 1024)]
    public void The_files_take_large_blocks_from_their_threshold(int types, int firstBlockLength)
        => Assert.Equal(firstBlockLength, new ByteBlocks(types).Reserve(1).Array!.Length);

    /// <summary>
    /// For small input every block stays under the large object threshold (85,000 bytes), or a small description's tree
    /// and files would spend the large object heap's budget, whose end is a full collection.
    /// </summary>
    [Fact]
    public void Small_blocks_stay_under_the_large_object_threshold()
    {
        const int LargeObjectThreshold = 85_000;
        var entryBlocks = new EntryBlocks(textLength: 1_000);
        var longestEntryBlock = Enumerable.Range(0, 20_000)
            .Max(_ => entryBlocks.Keep([new DocEntry(DocKey.Synthetic("a"), DocScalar.Synthetic("b"))]).Array!.Length);
        var byteBlocks = new ByteBlocks(types: 1);
        var longestByteBlock = Enumerable.Range(0, 1_000).Max(_ => byteBlocks.Reserve(1_000).Array!.Length);

        Assert.Equal(2_600, longestEntryBlock);
        Assert.InRange(longestEntryBlock * System.Runtime.CompilerServices.Unsafe.SizeOf<DocEntry>(), 1, LargeObjectThreshold - 1);
        Assert.InRange(longestByteBlock, 1, LargeObjectThreshold - 1);
    }

    [Fact]
    public void Block_lengths_out_of_order_are_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SharedBlocks<int>(firstLength: 64, smallLength: 8, largeLength: 256, large: false));
}
