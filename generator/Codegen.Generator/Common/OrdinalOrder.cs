using System;
using System.Collections.Generic;
using System.Linq;

namespace Codegen.Generator.Common;

/// <summary>Puts items in the ordinal order of a string key that no two of them share (a type's name, a file's).</summary>
/// <remarks>
/// One <c>Array.Sort</c> of the keys with the items. LINQ's <c>OrderBy</c> sorts a map of indexes through a comparison
/// that also breaks ties by position, which unique keys never need: for the 20,000 types of a large description that was
/// a few percent of binding, and a tenth of emitting. The sort is not stable, so keys that tie would come in an order of
/// its choosing (the same for the same input). For keys with long common prefixes, the schema ids, <see cref="OrdinalSort"/>
/// is the faster.
/// </remarks>
internal static class OrdinalOrder
{
    public static T[] ByUniqueKey<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var sorted = items.ToArray();
        var keys = new string[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = key(sorted[i]);
        }

        Array.Sort(keys, sorted, StringComparer.Ordinal);
        return sorted;
    }
}
