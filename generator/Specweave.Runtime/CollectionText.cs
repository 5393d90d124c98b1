// Support types the generated clients share. Generated code names them fully qualified (global::Specweave.Runtime.*),
// so clients of any namespace, and several clients in one namespace or assembly, use the same types.
namespace Specweave.Runtime;

/// <summary>
/// The text of the runtime collections, which records print through their ToString: <c>[a, b]</c> and
/// <c>{key: value}</c>, nested collections the same way, free-form JSON as JSON text, bounded so that a large response does not flood a log.
/// </summary>
internal static class CollectionText
{
    /// <summary>The most items printed; the rest are counted (<c>...(+N)</c>).</summary>
    public const int MaxItems = 32;

    public static string List<T>(System.Collections.Generic.IReadOnlyList<T> items)
    {
        var builder = new System.Text.StringBuilder("[");
        for (var i = 0; i < items.Count && i < MaxItems; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(Text(items[i]));
        }

        return More(builder, items.Count).Append(']').ToString();
    }

    public static string Map<TValue>(System.Collections.Generic.IReadOnlyDictionary<string, TValue> items)
    {
        var builder = new System.Text.StringBuilder("{");
        var printed = 0;
        foreach (var pair in items)
        {
            if (printed == MaxItems)
            {
                break;
            }

            builder.Append(printed++ == 0 ? string.Empty : ", ").Append(pair.Key).Append(": ").Append(Text(pair.Value));
        }

        return More(builder, items.Count).Append('}').ToString();
    }

    /// <summary>Free-form JSON as its JSON text (JsonElement's own ToString prints true as True, "x" as x).</summary>
    private static object? Text<T>(T item) => item is System.Text.Json.JsonElement json ? json.GetRawText() : item;

    private static System.Text.StringBuilder More(System.Text.StringBuilder builder, int count)
        => count > MaxItems
            ? builder.Append(", ...(+").Append((count - MaxItems).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(')')
            : builder;
}
