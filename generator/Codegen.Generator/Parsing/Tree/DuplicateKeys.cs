using System;
using System.Collections.Generic;
using Codegen.Generator.Common;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// Finds a repeated key while a reader collects a mapping's entries: YamlDotNet refuses duplicate keys with its
/// own message, so a reader that meets one hands the text to it. Scanning is cheapest for the small mappings
/// that are the rule; a set is made only when a mapping grows large.
/// </summary>
internal static class DuplicateKeys
{
    private const int ScanLimit = 16;

    /// <summary>Whether <paramref name="key"/> is among the keys of <paramref name="entries"/>; <paramref name="seen"/> starts null for each mapping.</summary>
    public static bool Contains(List<DocEntry> entries, string key, ref HashSet<string>? seen)
    {
        if (seen is null)
        {
            if (entries.Count < ScanLimit)
            {
                // Every key of every mapping is checked against those before it.
                for (var i = 0; i < entries.Count; i++)
                {
                    if (OrdinalText.Same(entries[i].Key.Value, key))
                    {
                        return true;
                    }
                }

                return false;
            }

            seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                seen.Add(entry.Key.Value!);
            }
        }

        return !seen.Add(key);
    }
}
