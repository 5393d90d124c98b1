using System.Runtime;
using Codegen.Cli;

namespace Codegen.Generator.Tests.Cli;

/// <summary>
/// The tool's no-GC region for large descriptions: sized from the description, never for a small one, and always left,
/// whether the run stayed inside it or allocated past it.
/// </summary>
/// <remarks>Not run beside other tests: a region is the process's, and their allocations would count against it.</remarks>
[Collection(nameof(NoCollectionRegionTests))]
[CollectionDefinition(nameof(NoCollectionRegionTests), DisableParallelization = true)]
public sealed class NoCollectionRegionTests
{
    [Fact]
    public void A_small_description_gets_no_region()
    {
        Assert.Equal(0, NoCollectionRegion.SizeFor(120_000));
        Assert.Equal(0, NoCollectionRegion.SizeFor(NoCollectionRegion.FromBytes - 1));
        using var region = NoCollectionRegion.For(120_000);
        Assert.False(region.Entered);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_large_description_gets_a_region_in_proportion_up_to_the_limit()
    {
        Assert.Equal(NoCollectionRegion.FromBytes * NoCollectionRegion.AllocatedPerByte, NoCollectionRegion.SizeFor(NoCollectionRegion.FromBytes));
        Assert.Equal(15_000_000 * NoCollectionRegion.AllocatedPerByte, NoCollectionRegion.SizeFor(15_000_000));
        Assert.Equal(NoCollectionRegion.MostBytes, NoCollectionRegion.SizeFor(1L << 40));
    }

    [Fact]
    public void The_region_holds_off_collections_until_it_is_left()
    {
        var collections = GC.CollectionCount(0);
        using (var region = NoCollectionRegion.For(2 * NoCollectionRegion.FromBytes))
        {
            Assert.True(region.Entered);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

            // Entering collects once (the runtime makes room for the region); inside it, 80 MB of garbage is not collected
            // (outside one, 90 MB made this test host collect).
            collections = GC.CollectionCount(0);
            Allocate(80 * 1024 * 1024);
            Assert.Equal(collections, GC.CollectionCount(0));
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_run_that_allocates_past_the_region_is_collected_and_leaves_it_without_error()
    {
        var region = NoCollectionRegion.For(NoCollectionRegion.FromBytes);
        Assert.True(region.Entered);
        Allocate(2 * NoCollectionRegion.SizeFor(NoCollectionRegion.FromBytes));

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        region.Dispose();
    }

    [Fact]
    public void A_collection_induced_inside_the_region_ends_it_and_leaving_is_still_quiet()
    {
        var region = NoCollectionRegion.For(NoCollectionRegion.FromBytes);
        Assert.True(region.Entered);
        GC.Collect();

        region.Dispose();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_large_description_is_generated_and_the_run_leaves_its_region()
    {
        using var folder = new TempFolder();
        var spec = folder.File("large.yaml", LargeDescription(schemas: 2_000));
        Assert.True(new FileInfo(spec).Length >= NoCollectionRegion.FromBytes);

        var result = CliRunner.Run("generate", spec, "--namespace", "Large.Client", "--output", Path.Combine(folder.Path, "out"));

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Contains(Directory.GetFiles(Path.Combine(folder.Path, "out")), f => f.EndsWith("Large.Client.Item1999.g.cs", StringComparison.Ordinal));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    /// <summary>A description over 2 MB (twice the threshold): one operation listing <paramref name="schemas"/> schemas of documented properties.</summary>
    private static string LargeDescription(int schemas)
    {
        var text = new System.Text.StringBuilder("""
            openapi: 3.0.3
            info: { title: Large, version: "1" }
            paths:
              /items:
                get:
                  operationId: listItems
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Item0' }
            components:
              schemas:

            """);
        for (var i = 0; i < schemas; i++)
        {
            text.Append("    Item").Append(i).Append(":\n      type: object\n      properties:\n");
            for (var p = 0; p < 12; p++)
            {
                text.Append("        field").Append(p).Append(":\n          type: string\n          description: The field number ").Append(p)
                    .Append(" of item ").Append(i).Append(", described at some length so that the description is large.\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Allocates and drops arrays of 64 KB (small objects, under the large-object threshold).</summary>
    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 64 * 1024)
        {
            GC.KeepAlive(new byte[64 * 1024]);
        }
    }
}
