using System.Globalization;

namespace PartnerCenter.Emulator.Store;

/// <summary>
/// New billing-profile ETags, in the form of the documented ones (a signed 64-bit number as text). Each is a counter
/// value put through a bijective 64-bit mix, so no two ETags this source hands out are equal: a profile's ETag
/// changes on every update, and an ETag read before an update can never match again. Deterministic across runs.
/// </summary>
internal sealed class Etags
{
    private long _counter;

    public string Next() => Format(Mix((ulong)Interlocked.Increment(ref _counter)));

    public static string Format(ulong value) => unchecked((long)value).ToString(CultureInfo.InvariantCulture);

    // The SplitMix64 finalizer: a bijection on 64-bit values that scatters consecutive inputs.
    internal static ulong Mix(ulong value)
    {
        unchecked
        {
            value += 0x9E3779B97F4A7C15UL;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
