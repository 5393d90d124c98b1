using System.Buffers;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// Byte arrays from <see cref="ArrayPool{T}.Shared"/> for response bodies: one rule for growing them, and they go back
/// cleared, as a body is a customer's data. Static, so that holding a body in one costs no object of its own per call.
/// </summary>
internal static class PooledArrays
{
    private const int MinimumGrowth = 4096;

    /// <summary>An array of <paramref name="size"/> bytes at least; the empty array for 0.</summary>
    public static byte[] Rent(int size) => size > 0 ? ArrayPool<byte>.Shared.Rent(size) : [];

    /// <summary>
    /// Replaces <paramref name="array"/>, whose first <paramref name="length"/> bytes are kept, by a larger one: twice its
    /// size and <see cref="MinimumGrowth"/> at least, <paramref name="needed"/> at least, <paramref name="maxCapacity"/> at most.
    /// </summary>
    public static void Grow(ref byte[] array, int length, int needed, int maxCapacity = int.MaxValue)
    {
        var size = (int)Math.Min(Math.Max(needed, Math.Max(MinimumGrowth, array.Length * 2L)), maxCapacity);
        if (size < needed)
        {
            throw new InvalidOperationException($"{needed} bytes do not fit in the {maxCapacity} allowed.");
        }

        var grown = ArrayPool<byte>.Shared.Rent(size);
        array.AsSpan(0, length).CopyTo(grown);
        Return(array, length);
        array = grown;
    }

    /// <summary>
    /// Gives <paramref name="array"/> back with its first <paramref name="written"/> bytes cleared, the only ones that
    /// hold a body: the pool's arrays are powers of two, so a whole-array clear would clear up to twice the body
    /// (a 1.7 KB customer in a 4 KB array: 4 KB cleared on every call).
    /// </summary>
    public static void Return(byte[] array, int written)
    {
        if (array.Length > 0)
        {
            array.AsSpan(0, written).Clear();
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    /// <summary>Gives <paramref name="array"/> back cleared whole: for a read that failed, which may have written past what it reported.</summary>
    public static void Return(byte[] array) => Return(array, array.Length);
}
