using System;
using System.Collections.Generic;

namespace Codegen.Generator.Common;

/// <summary>
/// Finds the ordinal order (as <see cref="StringComparer.Ordinal"/>) of many long string keys that share long
/// prefixes: the JSON pointers that name a description's schemas. A comparison sort compares those
/// prefixes again at every one of its n log n comparisons (a quarter of reading a 10,000-schema description);
/// this one skips what a group of keys has in common once, and then sorts the group by its next three characters,
/// packed into a number (a most-significant-digit radix sort with a primitive sort at each step).
/// </summary>
internal static class OrdinalSort
{
    /// <summary>Groups this small are sorted by comparing the keys, which is cheaper than another round of packing.</summary>
    private const int SmallGroup = 16;

    /// <summary>Characters packed into one number: each takes 17 bits (its code unit plus one; 0 marks the key's end).</summary>
    private const int CharsPerStep = 3;

    /// <summary>
    /// The positions of <paramref name="keys"/> in their ordinal order: the order of
    /// <c>Array.Sort(keys, StringComparer.Ordinal)</c>, with the keys left where they are. Equal keys keep no particular order.
    /// </summary>
    public static int[] OrderOf(string[] keys)
    {
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        SortOrder(keys, order);
        return order;
    }

    /// <summary>Puts the indexes in <paramref name="order"/> in the ordinal order of their keys.</summary>
    private static void SortOrder(string[] keys, int[] order)
    {
        var packed = new ulong[order.Length];

        // An explicit stack: a key is untrusted text, and a recursion per three characters could overflow on a long one.
        var groups = new Stack<(int Start, int Count, int Depth)>();
        groups.Push((0, order.Length, 0));
        while (groups.Count > 0)
        {
            var (start, count, depth) = groups.Pop();
            if (count <= SmallGroup)
            {
                InsertionSort(keys, order, start, count, depth);
                continue;
            }

            depth += CommonPrefixLength(keys, order, start, count, depth);
            for (var i = start; i < start + count; i++)
            {
                packed[i] = Pack(keys[order[i]], depth);
            }

            // Keys often come nearly in order (a schema, then its parts), and the first steps of ids are mostly equal.
            if (!IsAscending(packed, start, count))
            {
                Array.Sort(packed, order, start, count);
            }

            // Keys whose packed characters are equal and do not end there are told apart by the characters after them.
            var runStart = start;
            for (var i = start + 1; i <= start + count; i++)
            {
                if (i < start + count && packed[i] == packed[runStart])
                {
                    continue;
                }

                if (i - runStart > 1 && !EndsWithin(packed[runStart]))
                {
                    groups.Push((runStart, i - runStart, depth + CharsPerStep));
                }

                runStart = i;
            }
        }
    }

    private static bool IsAscending(ulong[] packed, int start, int count)
    {
        for (var i = start + 1; i < start + count; i++)
        {
            if (packed[i] < packed[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many characters from <paramref name="depth"/> on every key of the group has in common.</summary>
    private static int CommonPrefixLength(string[] keys, int[] order, int start, int count, int depth)
    {
        var first = keys[order[start]];
        var common = first.Length - depth;
        for (var i = start + 1; i < start + count && common > 0; i++)
        {
            var key = keys[order[i]];
            var limit = Math.Min(common, key.Length - depth);
            var same = 0;
            while (same < limit && key[depth + same] == first[depth + same])
            {
                same++;
            }

            common = same;
        }

        return common;
    }

    /// <summary>The three characters of <paramref name="key"/> from <paramref name="index"/>, in one number that orders as they do.</summary>
    private static ulong Pack(string key, int index)
    {
        ulong packed = 0;
        for (var i = index; i < index + CharsPerStep; i++)
        {
            // A key that ends sorts before every key it is the start of: its missing characters count as 0, below any code unit plus one.
            packed = (packed << 17) | (i < key.Length ? key[i] + 1UL : 0UL);
        }

        return packed;
    }

    /// <summary>Whether the key ended within the packed characters (its last one is the end mark).</summary>
    private static bool EndsWithin(ulong packed) => (packed & 0x1FFFF) == 0;

    private static void InsertionSort(string[] keys, int[] order, int start, int count, int depth)
    {
        for (var i = start + 1; i < start + count; i++)
        {
            var moving = order[i];
            var key = keys[moving];
            var j = i - 1;
            while (j >= start && CompareFrom(keys[order[j]], key, depth) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = moving;
        }
    }

    /// <summary>Ordinal comparison of two keys known to be equal before <paramref name="depth"/>.</summary>
    private static int CompareFrom(string left, string right, int depth)
        => string.CompareOrdinal(left, depth, right, depth, Math.Max(left.Length, right.Length) - depth);
}
