// Support types the generated clients share. Generated code names them fully qualified (global::Specweave.Runtime.*),
// so clients of any namespace, and several clients in one namespace or assembly, use the same types.
namespace Specweave.Runtime;

/// <summary>Helpers of the generated converters: source-generated reads and writes, discriminators, union alternatives.</summary>
/// <remarks>Public for generated code in other assemblies; not meant to be called by hand.</remarks>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class JsonShapes
{
    /// <summary>JSON value kinds a union alternative accepts.</summary>
    [System.Flags]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1034", Justification = "Generated converters name it through JsonShapes.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The names are JSON's value kinds.")]
    public enum Kinds
    {
        /// <summary>No kind.</summary>
        None = 0,

        /// <summary>A JSON object.</summary>
        Object = 1,

        /// <summary>A JSON array.</summary>
        Array = 2,

        /// <summary>A JSON string.</summary>
        String = 4,

        /// <summary>A JSON number.</summary>
        Number = 8,

        /// <summary>true or false.</summary>
        Boolean = 16,
    }

    /// <summary>Reads a <typeparamref name="T"/> with the metadata the options resolve (the generated context).</summary>
    public static T? Read<T>(ref System.Text.Json.Utf8JsonReader reader, System.Text.Json.JsonSerializerOptions options)
        => System.Text.Json.JsonSerializer.Deserialize(ref reader, Info<T>(options));

    /// <summary>Writes a <typeparamref name="T"/> with the metadata the options resolve (the generated context).</summary>
    public static void Write<T>(System.Text.Json.Utf8JsonWriter writer, T value, System.Text.Json.JsonSerializerOptions options)
        => System.Text.Json.JsonSerializer.Serialize(writer, value, Info<T>(options));

    /// <summary>
    /// The string value of <paramref name="propertyName"/> in the object the reader is at, wherever it is
    /// in the object; null when it is missing or not a string. The reader is a copy: the caller's does not move.
    /// </summary>
    public static string? FindDiscriminator(System.Text.Json.Utf8JsonReader reader, string propertyName)
    {
        if (reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
        {
            throw new System.Text.Json.JsonException("Expected a JSON object with a '" + propertyName + "' property.");
        }

        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(propertyName);
            reader.Read();
            if (found)
            {
                return reader.TokenType == System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>Reads <paramref name="json"/> as a <typeparamref name="T"/>; false when it does not fit.</summary>
    public static bool TryRead<T>(System.Text.Json.JsonElement json, System.Text.Json.JsonSerializerOptions options, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        try
        {
            var read = System.Text.Json.JsonSerializer.Deserialize(json, Info<T>(options));
            if (read is null)
            {
                value = default;
                return false;
            }

            value = read;
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            value = default;
            return false;
        }
    }

    /// <summary>
    /// The alternatives <paramref name="json"/> may be, best first: those of its kind whose required
    /// properties are all present, ranked by how many of its properties they declare (objects), whether
    /// they list its value (string enums), or integer versus fraction (numbers); ties keep spec order.
    /// </summary>
    public static int[] Rank(System.Text.Json.JsonElement json, Alternative[] alternatives)
    {
        var kind = KindOf(json.ValueKind);
        var candidates = new System.Collections.Generic.List<(int Index, int Score)>();
        for (var i = 0; i < alternatives.Length; i++)
        {
            var alternative = alternatives[i];
            if ((alternative.Kinds & kind) == Kinds.None || (kind == Kinds.Object && !HasAll(json, alternative.Required)))
            {
                continue;
            }

            candidates.Add((i, Score(json, kind, alternative)));
        }

        candidates.Sort((left, right) => left.Score != right.Score ? right.Score.CompareTo(left.Score) : left.Index.CompareTo(right.Index));
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = candidates[i].Index;
        }

        return order;
    }

    /// <summary>Deep equality of JSON values kept by unions; two absent values are equal.</summary>
    public static bool JsonEquals(System.Text.Json.JsonElement? left, System.Text.Json.JsonElement? right)
        => left is null ? right is null : right is not null && System.Text.Json.JsonElement.DeepEquals(left.Value, right.Value);

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> Info<T>(System.Text.Json.JsonSerializerOptions options)
        => (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static Kinds KindOf(System.Text.Json.JsonValueKind kind) => kind switch
    {
        System.Text.Json.JsonValueKind.Object => Kinds.Object,
        System.Text.Json.JsonValueKind.Array => Kinds.Array,
        System.Text.Json.JsonValueKind.String => Kinds.String,
        System.Text.Json.JsonValueKind.Number => Kinds.Number,
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => Kinds.Boolean,
        _ => Kinds.None,
    };

    private static bool HasAll(System.Text.Json.JsonElement json, string[] required)
    {
        foreach (var name in required)
        {
            if (!json.TryGetProperty(name, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static int Score(System.Text.Json.JsonElement json, Kinds kind, Alternative alternative)
    {
        switch (kind)
        {
            case Kinds.Object:
                var score = 0;
                foreach (var property in json.EnumerateObject())
                {
                    if (System.Array.IndexOf(alternative.Known, property.Name) >= 0)
                    {
                        score++;
                    }
                }

                return score;
            case Kinds.String:
                return System.Array.IndexOf(alternative.Known, json.GetString()) >= 0 ? 1 : 0;
            case Kinds.Number:
                return alternative.IsInteger == json.TryGetInt64(out _) ? 1 : 0;
            default:
                return 0;
        }
    }

    /// <summary>What a union's converter knows of one alternative.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1034", Justification = "Generated converters name it through JsonShapes.")]
    public sealed class Alternative
    {
        /// <summary>Describes one alternative.</summary>
        /// <param name="kinds">The JSON value kinds it can be.</param>
        /// <param name="required">Object properties that must be present.</param>
        /// <param name="known">Object properties it declares, or the values of a string enum.</param>
        /// <param name="isInteger">Whether a number must be an integer.</param>
        public Alternative(Kinds kinds, string[] required, string[] known, bool isInteger)
        {
            Kinds = kinds;
            Required = required;
            Known = known;
            IsInteger = isInteger;
        }

        /// <summary>The JSON value kinds it can be.</summary>
        public Kinds Kinds { get; }

        /// <summary>Object properties that must be present.</summary>
        public string[] Required { get; }

        /// <summary>Object properties it declares, or the values of a string enum.</summary>
        public string[] Known { get; }

        /// <summary>Whether it is an integer (ranked above a number for integral values).</summary>
        public bool IsInteger { get; }
    }
}
