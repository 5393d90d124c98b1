namespace Codegen.Generator.Emitting;

/// <summary>
/// The helpers generated converters share (emitted as JsonShapes.g.cs when a client has a polymorphic
/// record or a union). Everything goes through the JsonSerializerOptions' type info resolver, which for
/// a generated client is its JsonSerializerContext: no reflection, so trimming and AOT stay safe.
/// </summary>
internal static class JsonShapesSupport
{
    public const string Text = """
        /// <summary>Helpers of the generated converters: source-generated reads and writes, discriminators, union alternatives.</summary>
        internal static class JsonShapes
        {
            /// <summary>JSON value kinds a union alternative accepts.</summary>
            [global::System.Flags]
            internal enum Kinds
            {
                None = 0,
                Object = 1,
                Array = 2,
                String = 4,
                Number = 8,
                Boolean = 16,
            }

            /// <summary>Reads a <typeparamref name="T"/> with the metadata the options resolve (the generated context).</summary>
            public static T? Read<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options)
                => global::System.Text.Json.JsonSerializer.Deserialize(ref reader, Info<T>(options));

            /// <summary>Writes a <typeparamref name="T"/> with the metadata the options resolve (the generated context).</summary>
            public static void Write<T>(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options)
                => global::System.Text.Json.JsonSerializer.Serialize(writer, value, Info<T>(options));

            /// <summary>
            /// The string value of <paramref name="propertyName"/> in the object the reader is at, wherever it is
            /// in the object; null when it is missing or not a string. The reader is a copy: the caller's does not move.
            /// </summary>
            public static string? FindDiscriminator(global::System.Text.Json.Utf8JsonReader reader, string propertyName)
            {
                if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
                {
                    throw new global::System.Text.Json.JsonException("Expected a JSON object with a '" + propertyName + "' property.");
                }

                while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    var found = reader.ValueTextEquals(propertyName);
                    reader.Read();
                    if (found)
                    {
                        return reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
                    }

                    reader.Skip();
                }

                return null;
            }

            /// <summary>Reads <paramref name="json"/> as a <typeparamref name="T"/>; false when it does not fit.</summary>
            public static bool TryRead<T>(global::System.Text.Json.JsonElement json, global::System.Text.Json.JsonSerializerOptions options, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
            {
                try
                {
                    var read = global::System.Text.Json.JsonSerializer.Deserialize(json, Info<T>(options));
                    if (read is null)
                    {
                        value = default;
                        return false;
                    }

                    value = read;
                    return true;
                }
                catch (global::System.Text.Json.JsonException)
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
            public static int[] Rank(global::System.Text.Json.JsonElement json, Alternative[] alternatives)
            {
                var kind = KindOf(json.ValueKind);
                var candidates = new global::System.Collections.Generic.List<(int Index, int Score)>();
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
            public static bool JsonEquals(global::System.Text.Json.JsonElement? left, global::System.Text.Json.JsonElement? right)
                => left is null ? right is null : right is not null && global::System.Text.Json.JsonElement.DeepEquals(left.Value, right.Value);

            private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> Info<T>(global::System.Text.Json.JsonSerializerOptions options)
                => (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

            private static Kinds KindOf(global::System.Text.Json.JsonValueKind kind) => kind switch
            {
                global::System.Text.Json.JsonValueKind.Object => Kinds.Object,
                global::System.Text.Json.JsonValueKind.Array => Kinds.Array,
                global::System.Text.Json.JsonValueKind.String => Kinds.String,
                global::System.Text.Json.JsonValueKind.Number => Kinds.Number,
                global::System.Text.Json.JsonValueKind.True or global::System.Text.Json.JsonValueKind.False => Kinds.Boolean,
                _ => Kinds.None,
            };

            private static bool HasAll(global::System.Text.Json.JsonElement json, string[] required)
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

            private static int Score(global::System.Text.Json.JsonElement json, Kinds kind, Alternative alternative)
            {
                switch (kind)
                {
                    case Kinds.Object:
                        var score = 0;
                        foreach (var property in json.EnumerateObject())
                        {
                            if (global::System.Array.IndexOf(alternative.Known, property.Name) >= 0)
                            {
                                score++;
                            }
                        }

                        return score;
                    case Kinds.String:
                        return global::System.Array.IndexOf(alternative.Known, json.GetString()) >= 0 ? 1 : 0;
                    case Kinds.Number:
                        return alternative.IsInteger == json.TryGetInt64(out _) ? 1 : 0;
                    default:
                        return 0;
                }
            }

            /// <summary>What a union's converter knows of one alternative.</summary>
            internal sealed class Alternative
            {
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
        """;
}
