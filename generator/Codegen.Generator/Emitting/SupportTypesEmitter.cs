using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits the small types every generated client needs, into its own namespace so a client has no
/// runtime dependency beyond Refit and System.Text.Json: equatable read-only collections (records
/// compare collection contents, and the collections cannot be cast back to mutable ones) and the
/// holder of unknown JSON properties.
/// </summary>
internal static class SupportTypesEmitter
{
    public static GeneratedFile[] Emit(ClientModel client) => new[]
    {
        File(client, "EquatableArray", EquatableArray),
        File(client, "EquatableDictionary", EquatableDictionary),
        File(client, "JsonExtensionData", JsonExtensionData),
    };

    private static GeneratedFile File(ClientModel client, string name, string body)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, client.SourceFileName, client.Namespace);
        foreach (var line in body.Split('\n'))
        {
            writer.WriteLine(line);
        }

        return new GeneratedFile(name + ".g.cs", writer.ToString());
    }

    private const string EquatableArray = """
        /// <summary>Creates <see cref="EquatableArray{T}"/> instances.</summary>
        public static class EquatableArray
        {
            /// <summary>Copies <paramref name="values"/> into an immutable, equatable list; null stays null.</summary>
            [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
            public static EquatableArray<T>? From<T>(global::System.Collections.Generic.IEnumerable<T>? values)
                => values switch
                {
                    null => null,
                    EquatableArray<T> already => already,
                    _ => new EquatableArray<T>(global::System.Linq.Enumerable.ToArray(values)),
                };
        }

        /// <summary>An immutable list that compares by contents, so records holding it have value equality.</summary>
        /// <remarks>It implements only read-only interfaces: it cannot be cast to a mutable collection.</remarks>
        public sealed class EquatableArray<T> : global::System.Collections.Generic.IReadOnlyList<T>, global::System.IEquatable<EquatableArray<T>>
        {
            private readonly T[] _items;

            internal EquatableArray(T[] items) => _items = items;

            /// <inheritdoc/>
            public T this[int index] => _items[index];

            /// <inheritdoc/>
            public int Count => _items.Length;

            /// <inheritdoc/>
            public bool Equals(EquatableArray<T>? other)
            {
                if (other is null || other._items.Length != _items.Length)
                {
                    return false;
                }

                var comparer = global::System.Collections.Generic.EqualityComparer<T>.Default;
                for (var i = 0; i < _items.Length; i++)
                {
                    if (!comparer.Equals(_items[i], other._items[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

            /// <inheritdoc/>
            public override int GetHashCode()
            {
                var hash = new global::System.HashCode();
                foreach (var item in _items)
                {
                    hash.Add(item);
                }

                return hash.ToHashCode();
            }

            /// <inheritdoc/>
            public global::System.Collections.Generic.IEnumerator<T> GetEnumerator() => ((global::System.Collections.Generic.IEnumerable<T>)_items).GetEnumerator();

            global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
        }
        """;

    private const string EquatableDictionary = """
        /// <summary>Creates <see cref="EquatableDictionary{TValue}"/> instances.</summary>
        public static class EquatableDictionary
        {
            /// <summary>Copies <paramref name="values"/> into an immutable, equatable map; null stays null.</summary>
            [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
            public static EquatableDictionary<TValue>? From<TValue>(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, TValue>>? values)
                => values switch
                {
                    null => null,
                    EquatableDictionary<TValue> already => already,
                    _ => new EquatableDictionary<TValue>(new global::System.Collections.Generic.Dictionary<string, TValue>(values, global::System.StringComparer.Ordinal)),
                };
        }

        /// <summary>An immutable string-keyed map that compares by contents, so records holding it have value equality.</summary>
        /// <remarks>It implements only read-only interfaces: it cannot be cast to a mutable collection.</remarks>
        public sealed class EquatableDictionary<TValue> : global::System.Collections.Generic.IReadOnlyDictionary<string, TValue>, global::System.IEquatable<EquatableDictionary<TValue>>
        {
            private readonly global::System.Collections.Generic.Dictionary<string, TValue> _items;

            internal EquatableDictionary(global::System.Collections.Generic.Dictionary<string, TValue> items) => _items = items;

            /// <inheritdoc/>
            public TValue this[string key] => _items[key];

            /// <inheritdoc/>
            public global::System.Collections.Generic.IEnumerable<string> Keys => _items.Keys;

            /// <inheritdoc/>
            public global::System.Collections.Generic.IEnumerable<TValue> Values => _items.Values;

            /// <inheritdoc/>
            public int Count => _items.Count;

            /// <inheritdoc/>
            public bool ContainsKey(string key) => _items.ContainsKey(key);

            /// <inheritdoc/>
            public bool TryGetValue(string key, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value) => _items.TryGetValue(key, out value);

            /// <inheritdoc/>
            public bool Equals(EquatableDictionary<TValue>? other)
            {
                if (other is null || other._items.Count != _items.Count)
                {
                    return false;
                }

                var comparer = global::System.Collections.Generic.EqualityComparer<TValue>.Default;
                foreach (var pair in _items)
                {
                    if (!other._items.TryGetValue(pair.Key, out var value) || !comparer.Equals(pair.Value, value))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is EquatableDictionary<TValue> other && Equals(other);

            /// <inheritdoc/>
            public override int GetHashCode()
            {
                // Order-independent, like the equality it goes with.
                var hash = 0;
                foreach (var pair in _items)
                {
                    hash ^= global::System.HashCode.Combine(pair.Key, pair.Value);
                }

                return hash;
            }

            /// <inheritdoc/>
            public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, TValue>> GetEnumerator() => _items.GetEnumerator();

            global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
        }
        """;

    private const string JsonExtensionData = """
        /// <summary>
        /// Holds the JSON properties a model does not declare, so read → write loses nothing. System.Text.Json
        /// fills it while reading (which is why it is a dictionary); equality compares the JSON values deeply.
        /// </summary>
        public sealed class JsonExtensionData : global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>, global::System.IEquatable<JsonExtensionData>
        {
            /// <summary>Creates an empty holder.</summary>
            public JsonExtensionData()
                : base(global::System.StringComparer.Ordinal)
            {
            }

            private JsonExtensionData(global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement> values)
                : base(values, global::System.StringComparer.Ordinal)
            {
            }

            /// <summary>Copies <paramref name="values"/> into a holder; null stays null.</summary>
            [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
            public static JsonExtensionData? From(global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? values)
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
                    if (!other.TryGetValue(pair.Key, out var value) || !global::System.Text.Json.JsonElement.DeepEquals(pair.Value, value))
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
                    hash ^= global::System.StringComparer.Ordinal.GetHashCode(key);
                }

                return hash;
            }
        }
        """;
}
