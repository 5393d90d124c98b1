using System;
using System.Collections.Generic;
using System.Linq;

namespace Codegen.Generator.Common;

/// <summary>Puts items in the ordinal order of a string key that no two of them share (a type's name, a file's).</summary>
/// <remarks>
/// The keys are put in order by <see cref="OrdinalSort"/>, and the items follow. LINQ's <c>OrderBy</c> sorts a map of
/// indexes through a comparison that also breaks ties by position, which unique keys never need: for the 20,000 types
/// of a large description that was a few percent of binding, and a tenth of emitting. Type and file names share long
/// prefixes too (Resource12…, Bench.Client.Resource12…), which <c>Array.Sort</c> compared again at every comparison:
/// the names of the 1,500-schema description took it about 18 M instructions more (callgrind). Keys that tie would
/// come in an order of the sort's choosing (the same for the same input).
/// </remarks>
internal static class OrdinalOrder
{
    public static T[] ByUniqueKey<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var all = items.ToArray();
        var keys = new string[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            keys[i] = key(all[i]);
        }

        var order = OrdinalSort.OrderOf(keys);
        var sorted = new T[all.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = all[order[i]];
        }

        return sorted;
    }
}
