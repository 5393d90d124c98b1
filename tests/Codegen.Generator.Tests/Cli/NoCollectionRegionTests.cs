using System.Runtime;
using Codegen.Cli;

namespace Codegen.Generator.Tests.Cli;

/// <summary>
/// The tool's no-GC region for large descriptions: sized from the description, never for a small one, and always left,
/// whether the run stayed inside it or allocated past it.
/// </summary>
/// <remarks>
/// Not run beside other tests: a region is the process's, and their allocations would count against it. The regions
/// entered here take up to 96 MB, and the generated description's up to 174 MB: the GC must be allowed 700 MB or so.
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
        var spec = folder.File("large.yaml", LargeDescription(schemas: 2_000));
        Assert.NotEqual(0, NoCollectionRegion.SizeFor(new FileInfo(spec).Length, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes));

        var result = CliRunner.Run("generate", spec, "--namespace", "Large.Client", "--output", Path.Combine(folder.Path, "out"));

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Contains(Directory.GetFiles(Path.Combine(folder.Path, "out")), f => f.EndsWith("Large.Client.Item1999.g.cs", StringComparison.Ordinal));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public async Task Under_a_heap_limit_too_small_for_the_region_the_tool_generates_with_collections()
    {
        // A container's memory limit becomes the GC's heap limit. A region the runtime granted under it once left the
        // run out of memory (OAG0020, OutOfMemoryException), so no region is asked for that the limit cannot spare.
        using var folder = new TempFolder();
        var spec = folder.File("large.yaml", LargeDescription(schemas: 2_000));
        Assert.Equal(0, NoCollectionRegion.SizeFor(new FileInfo(spec).Length, HeapLimit));
        Assert.NotEqual(0, NoCollectionRegion.SizeFor(new FileInfo(spec).Length, Machine));
        // The dotnet that runs these tests (DOTNET_HOST_PATH, set by dotnet test), not whichever is first on the PATH.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Codegen.Cli.dll"), "generate", spec, "-n", "Large.Client", "-o", Path.Combine(folder.Path, "out") })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimit.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

        using var process = System.Diagnostics.Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal((0, string.Empty), (process.ExitCode, await error));
        Assert.Contains("files generated from large.yaml", output, StringComparison.Ordinal);
    }

    /// <summary>96 MB: too little for the region of the generated description (174 MB), enough for its run with collections.</summary>
    private const long HeapLimit = 96L * 1024 * 1024;

    /// <summary>A description of 3.6 MB for 2,000 schemas (well over the threshold): one operation listing <paramref name="schemas"/> schemas of documented properties.</summary>
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
