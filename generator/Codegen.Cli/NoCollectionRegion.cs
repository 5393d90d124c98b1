namespace Codegen.Cli;

/// <summary>
/// Generates from a large description without garbage collections: a run of the tool is one batch whose model stays
/// alive until its files are written, so each collection during it copies that model and frees little. The runtime is
/// asked for a no-GC region as large as the run is expected to allocate; memory then grows to that, at most
/// <see cref="MostBytes"/>, instead of being collected. Past the region's size the runtime collects as usual.
/// </summary>
/// <remarks>
/// The trade is memory for time, and only for large descriptions. Without a region the native tool collects from
/// about 15 MB allocated, and every one of those collections is a full one (large objects, such as the description's
/// text and the largest generated files, spending their budget, it seems): box.json (1.8 MB) twice, the synthetic
/// 10,000-schema description (14.8 MB) four times. In the region the one collection is the one entering it, on an
/// almost empty heap. The whole 10,000-schema run, files compared and written, then took a quarter less time and
/// peaked at 519 MB instead of 330 MB; 438 MB since each file is written as it is emitted (docs/benchmarks-history.md, "10,000 schemas"). A description under
/// <see cref="FromBytes"/> is seldom collected at all, so entering a region, itself a collection, would not pay.
/// Sizes here are in MiB, written MB as in the rest of the docs.
/// </remarks>
internal readonly struct NoCollectionRegion : IDisposable
{
    /// <summary>
    /// What a run allocates per byte of its description, with room to spare: a whole run, output compared with the files
    /// already there, allocated 19 bytes per byte of box.json and 36 per byte of the synthetic descriptions while the
    /// tool still held every generated file (it writes each as it is emitted now, and allocates less).
    /// </summary>
    internal const long AllocatedPerByte = 48;

    /// <summary>
    /// Descriptions smaller than this (1 MB) are rarely collected without a region (argo-workflows.json, 0.8 MB and
    /// 13-14 MB allocated: none or one), and entering one is a collection of its own.
    /// </summary>
    internal const long FromBytes = 1024 * 1024;

    /// <summary>The most memory given to the region: larger descriptions get this much without collections, then collections.</summary>
    internal const long MostBytes = 768L * 1024 * 1024;

    /// <summary>
    /// The region may take at most this share of the memory the GC may use (a container's limit, or the machine's): given
    /// no split, the runtime may set the whole size aside for small and for large objects alike, and a run still needs
    /// room for what it keeps. Under a limit of 96 MB a region of 174 MB (for a 3.6 MB description) was granted and the run then failed
    /// out of memory, where without a region it generated with collections.
    /// </summary>
    internal const int AvailableShare = 4;

    private readonly bool _entered;

    private NoCollectionRegion(bool entered) => _entered = entered;

    /// <summary>Whether a region is in effect (none for a small description, or when the runtime refused one).</summary>
    public bool Entered => _entered;

    /// <summary>
    /// The region's size for a description of <paramref name="length"/> bytes when the GC may use
    /// <paramref name="availableBytes"/>; 0 when none is worth asking for, or when it would take more than
    /// <see cref="AvailableShare"/>'s share of that memory (then none at all: the run is collected as usual).
    /// </summary>
    internal static long SizeFor(long length, long availableBytes)
    {
        var size = length < FromBytes ? 0 : Math.Min(length * AllocatedPerByte, MostBytes);
        return size > availableBytes / AvailableShare ? 0 : size;
    }

    /// <summary>Enters a region sized for a description of <paramref name="length"/> bytes. Dispose to leave it.</summary>
    public static NoCollectionRegion For(long length)
    {
        // Most descriptions are small: they are told apart before the GC is asked how much memory it may use.
        var size = length < FromBytes ? 0 : SizeFor(length, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        if (size == 0)
        {
            return default;
        }

        try
        {
            return new NoCollectionRegion(GC.TryStartNoGCRegion(size));
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than this runtime's GC can set aside at once, or a region already started (by whoever hosts this code):
            // generate with collections, as without a region. A way to go faster must never fail a run.
            return default;
        }
    }

    public void Dispose()
    {
        if (!_entered)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The runtime already left the region: the run allocated past its size, or a collection was induced in it.
            // Either way the run went on with collections, and its files are not affected.
        }
    }
}
