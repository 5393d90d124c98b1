namespace PartnerCenter.Emulator.Seed;

/// <summary>
/// A SplitMix64 generator: the same seed gives the same sequence on every run, machine and .NET version
/// (<see cref="Random"/> with a seed does not promise that across versions), so generated customers keep their ids,
/// names and domains and tests can rely on them.
/// </summary>
internal sealed class DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            var value = _state;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }

    /// <summary>A number in [0, <paramref name="count"/>); the tiny modulo bias does not matter for made-up data.</summary>
    public int Next(int count) => (int)(NextUInt64() % (ulong)count);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A random (version 4) GUID made of generator output.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (byte order of Guid(ReadOnlySpan<byte>))
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    public string Digits(int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + Next(10));
        }

        return new string(digits);
    }
}
