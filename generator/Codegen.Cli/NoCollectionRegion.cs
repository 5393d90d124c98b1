using System.Runtime;

namespace Codegen.Cli;

/// <summary>
/// Generates from a large description without garbage collections: a run of the tool is one batch whose model stays
/// alive until its files are written, so each collection during it copies that model and frees little. The runtime is
/// asked for a no-GC region as large as the run is expected to allocate; memory then grows to that, at most
/// <see cref="MostBytes"/>, instead of being collected. Past the region's size the runtime collects as usual.
/// </summary>
/// <remarks>
/// The trade is memory for time, and only for large descriptions. On the synthetic 10,000-schema description (14.8 MB)
/// the pipeline allocates 399 MB and the runtime collects twice during it, copying 107 MB and then 84 MB (about 200 ms
/// of pause in process); the whole run, files compared and written, takes a quarter less time in the region and peaks at
/// 519 MB instead of 330 MB (docs/benchmarks.md, "10,000 schemas"). A description under <see cref="FromBytes"/>
/// allocates less than the runtime lets a program allocate before its first collection, so no region is asked for.
/// </remarks>
internal readonly struct NoCollectionRegion : IDisposable
{
    /// <summary>
    /// What a run allocates per byte of its description, with room to spare: the pipeline 10-13 bytes on the corpus's
    /// large descriptions and 27 on the synthetic one, and comparing the output with the files already there up to 9 more.
    /// </summary>
    internal const long AllocatedPerByte = 48;

    /// <summary>Descriptions smaller than this (2 MB) allocate under 100 MB: the runtime does not collect during them anyway.</summary>
    internal const long FromBytes = 2 * 1024 * 1024;

    /// <summary>The most memory given to the region: larger descriptions get this much without collections, then collections.</summary>
    internal const long MostBytes = 768L * 1024 * 1024;

    private readonly bool _entered;

    private NoCollectionRegion(bool entered) => _entered = entered;

    /// <summary>Whether a region is in effect (none for a small description, or when the runtime refused one).</summary>
    public bool Entered => _entered;

    /// <summary>The region's size for a description of <paramref name="length"/> bytes; 0 when none is worth asking for.</summary>
    internal static long SizeFor(long length) => length < FromBytes ? 0 : Math.Min(length * AllocatedPerByte, MostBytes);

    /// <summary>Enters a region sized for a description of <paramref name="length"/> bytes. Dispose to leave it.</summary>
    public static NoCollectionRegion For(long length)
    {
        var size = SizeFor(length);
        if (size == 0 || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return default;
        }

        try
        {
            return new NoCollectionRegion(GC.TryStartNoGCRegion(size));
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's GC can set aside at once: generate with collections, as without a region.
            return default;
        }
    }

    public void Dispose()
    {
        // A run that allocated past the region's size has already left it (the runtime collected): nothing to end then.
        if (!_entered || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The runtime ended the region itself (a collection was induced in it): the run's files are not affected.
        }
    }
}
