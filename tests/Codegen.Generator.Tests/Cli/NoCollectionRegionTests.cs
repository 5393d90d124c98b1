using System.CommandLine;
using System.Runtime;
using Codegen.Cli;

namespace Codegen.Generator.Tests.Cli;

/// <summary>
/// The tool's no-GC region for large descriptions: sized from the description, never for a small one, and always left,
/// whether the run stayed inside it or allocated past it.
/// </summary>
/// <remarks>
/// Not run beside other tests: a region is the process's, and their allocations would count against it. The regions
/// entered here take up to 96 MB, and the large description's 105 MB: the GC must be allowed 450 MB or so.
/// </remarks>
[Collection(nameof(NoCollectionRegionTests))]
[CollectionDefinition(nameof(NoCollectionRegionTests), DisableParallelization = true)]
public sealed class NoCollectionRegionTests
{
    [Fact]
    public void A_small_description_gets_no_region()
    {
        Assert.Equal(0, NoCollectionRegion.SizeFor(120_000, Machine));
        Assert.Equal(0, NoCollectionRegion.SizeFor(NoCollectionRegion.FromBytes - 1, Machine));
        using var region = NoCollectionRegion.For(120_000);
        Assert.False(region.Entered);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_large_description_gets_a_region_in_proportion_up_to_the_limit()
    {
        Assert.Equal(NoCollectionRegion.FromBytes * NoCollectionRegion.AllocatedPerByte, NoCollectionRegion.SizeFor(NoCollectionRegion.FromBytes, Machine));
        Assert.Equal(15_000_000 * NoCollectionRegion.AllocatedPerByte, NoCollectionRegion.SizeFor(15_000_000, Machine));
        Assert.Equal(NoCollectionRegion.MostBytes, NoCollectionRegion.SizeFor(1L << 40, Machine));
    }

    [Fact]
    public void No_region_larger_than_a_share_of_the_memory_the_gc_may_use()
    {
        // A 512 MB container: the GC may use 384 MB, a quarter of it is 96 MB.
        const long container = 384L * 1024 * 1024;
        Assert.Equal(96L * 1024 * 1024, NoCollectionRegion.SizeFor(2L * 1024 * 1024, container));
        Assert.Equal(0, NoCollectionRegion.SizeFor(3L * 1024 * 1024, container));
        Assert.Equal(0, NoCollectionRegion.SizeFor(15_000_000, container));
    }

    /// <summary>The memory of a build machine: 16 GB.</summary>
    private const long Machine = 16L * 1024 * 1024 * 1024;

    [Fact]
    public void The_region_holds_off_collections_while_it_lasts()
    {
        using (var region = NoCollectionRegion.For(2 * NoCollectionRegion.FromBytes))
        {
            Assert.True(region.Entered);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

            // Entering collects once (the runtime makes room for the region); inside it, 80 MB of garbage is not collected
            // (outside one, 90 MB made this test host collect).
            var collections = GC.CollectionCount(0);
            Allocate(80 * 1024 * 1024);
            Assert.Equal(collections, GC.CollectionCount(0));
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_run_that_allocates_past_the_region_is_collected_and_leaves_it_without_error()
    {
        using var region = NoCollectionRegion.For(NoCollectionRegion.FromBytes);
        Assert.True(region.Entered);
        Allocate(2 * NoCollectionRegion.SizeFor(NoCollectionRegion.FromBytes, Machine));

        // The runtime left the region itself; Dispose (at the end of the test) must then not throw.
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_collection_induced_inside_the_region_ends_it_and_leaving_is_still_quiet()
    {
        using (var region = NoCollectionRegion.For(NoCollectionRegion.FromBytes))
        {
            Assert.True(region.Entered);
            GC.Collect();
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_large_description_is_generated_and_the_run_leaves_its_region()
    {
        using var folder = new TempFolder();
        var spec = folder.File("large.yaml", LargeDescription);
        Assert.NotEqual(0, NoCollectionRegion.SizeFor(new FileInfo(spec).Length, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes));

        var result = CliRunner.Run("generate", spec, "--namespace", "Large.Client", "--output", Path.Combine(folder.Path, "out"));

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Contains(Directory.GetFiles(Path.Combine(folder.Path, "out")), f => f.EndsWith("Large.Client.Resource1499.g.cs", StringComparison.Ordinal));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_run_that_ends_its_process_keeps_its_region_to_the_end()
    {
        // Program's command line: nothing runs after it but the exit, and a region left before then lets the next
        // allocation set off a collection of the whole (dead) model.
        using var folder = new TempFolder();
        var spec = folder.File("large.yaml", LargeDescription);
        Assert.NotEqual(0, NoCollectionRegion.SizeFor(new FileInfo(spec).Length, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes));
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            var exitCode = CodegenCommandLine.Create(ownsProcess: true)
                .Parse(["generate", spec, "--namespace", "Large.Client", "--output", Path.Combine(folder.Path, "out")])
                .Invoke(new InvocationConfiguration { Output = output, Error = error });

            Assert.Equal((0, string.Empty), (exitCode, error.ToString()));
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }

    [Fact]
    public async Task Under_a_heap_limit_too_small_for_the_region_the_tool_generates_with_collections()
    {
        // A container's memory limit becomes the GC's heap limit. A region the runtime granted under it once left the
        // run out of memory (OAG0020, OutOfMemoryException), so no region is asked for that the limit cannot spare.
        using var folder = new TempFolder();
        var spec = folder.File("large.yaml", LargeDescription);
        Assert.Equal(0, NoCollectionRegion.SizeFor(new FileInfo(spec).Length, HeapLimit));
        Assert.NotEqual(0, NoCollectionRegion.SizeFor(new FileInfo(spec).Length, Machine));

        var result = await CliProcess.RunAsync(
            ["generate", spec, "-n", "Large.Client", "-o", Path.Combine(folder.Path, "out")],
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimit.ToString("x", System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Contains("files generated from large.yaml", result.Output, StringComparison.Ordinal);
    }

    /// <summary>96 MB: too little for the region of <see cref="LargeDescription"/> (105 MB), enough for its run with collections.</summary>
    private const long HeapLimit = 96L * 1024 * 1024;

    /// <summary>The synthetic description of 1,500 schemas and operations the benchmarks use: 2.2 MB, over the threshold.</summary>
    private static readonly string LargeDescription = Codegen.Benchmarks.SyntheticSpec.Create(1_500, 1_500);

    /// <summary>Allocates and drops arrays of 64 KB (small objects, under the large-object threshold).</summary>
    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 64 * 1024)
        {
            GC.KeepAlive(new byte[64 * 1024]);
        }
    }
}
