using Codegen.Generator.Common;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// <see cref="SharedBlocks{T}"/> hands out room for runs of items one after another in shared blocks (the tree's entries,
/// the generated files' bytes): no two runs may share an item, and the blocks must follow their policy (small and
/// doubling, then large once enough is kept, long runs in arrays of their own), since the large ones are what keeps a
/// large description's data out of young collections and the small ones what keeps a small description's out of the
/// large object heap.
/// </summary>
public sealed class SharedBlocksTests
{
    [Fact]
    public void Runs_never_share_an_item_and_blocks_grow_as_their_policy_says()
    {
        var blocks = new SharedBlocks<int>(firstLength: 4, smallLength: 16, largeLength: 64, largeFrom: 100, ownArrayFrom: 10);
        var runs = new List<ArraySegment<int>>();
        var blocksSeen = new HashSet<int[]>(ReferenceEqualityComparer.Instance);
        var blockLengths = new List<int>();
        for (var run = 0; run < 200; run++)
        {
            // Lengths 1 to 3 mostly, so blocks fill; every seventeenth run long enough for an array of its own.
            var length = run % 17 == 16 ? 10 + (run % 5) : 1 + (run % 3);
            var room = blocks.Reserve(length);
            Assert.Equal(length, room.Count);
            if (blocksSeen.Add(room.Array!))
            {
                blockLengths.Add(room.Array!.Length);
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

        // The blocks that runs were kept in, in the order they came (arrays of their own are not among these lengths).
        var kept = blockLengths.Where(length => length is 4 or 8 or 16 or 64).ToList();
        Assert.Equal([4, 8, 16], kept.Take(3));
        var firstLarge = kept.IndexOf(64);
        Assert.True(firstLarge > 3, "small blocks come before the first large one");
        Assert.All(kept.Skip(firstLarge), length => Assert.Equal(64, length));
        Assert.All(kept.Skip(3).Take(firstLarge - 3), length => Assert.Equal(16, length));
    }
}
