// Support types the generated clients share. Generated code names them fully qualified (global::Specweave.Runtime.*),
// so clients of any namespace, and several clients in one namespace or assembly, use the same types.
namespace Specweave.Runtime;

/// <summary>
/// Holds the JSON properties a model does not declare, so read → write loses nothing. System.Text.Json
/// fills it while reading (which is why it is a dictionary); equality compares the JSON values deeply.
/// </summary>
public sealed class JsonExtensionData : System.Collections.Generic.Dictionary<string, System.Text.Json.JsonElement>, System.IEquatable<JsonExtensionData>
{
    /// <summary>Creates an empty holder.</summary>
    public JsonExtensionData()
        : base(System.StringComparer.Ordinal)
    {
    }

    private JsonExtensionData(System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement> values)
        : base(values, System.StringComparer.Ordinal)
    {
    }

    /// <summary>Copies <paramref name="values"/> into a holder; null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
    public static JsonExtensionData? From(System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement>? values)
        => values switch
        {
            null => null,
            JsonExtensionData already => already,
            _ => new JsonExtensionData(values),
        };

    /// <inheritdoc/>
    public bool Equals(JsonExtensionData? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var pair in this)
        {
            if (!other.TryGetValue(pair.Key, out var value) || !System.Text.Json.JsonElement.DeepEquals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsonExtensionData other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var key in Keys)
        {
            hash ^= System.StringComparer.Ordinal.GetHashCode(key);
        }

        return hash;
    }
}
