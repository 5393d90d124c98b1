using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits the small types every generated client needs, into its own namespace so a client has no
/// runtime dependency beyond Refit and System.Text.Json: equatable read-only collections (records
/// compare collection contents, and the collections cannot be cast back to mutable ones) and the
/// holder of unknown JSON properties; for clients with pagers, the paging types (<see cref="PagingSupport"/>).
/// </summary>
internal static class SupportTypesEmitter
{
    public static GeneratedFile[] Emit(ClientModel client)
    {
        var files = new System.Collections.Generic.List<GeneratedFile>
        {
            File(client, "EquatableArray", EquatableArray),
            File(client, "EquatableDictionary", EquatableDictionary),
            File(client, "JsonExtensionData", JsonExtensionData),
        };

        if (System.Linq.Enumerable.Any(client.Records, r => System.Linq.Enumerable.Any(r.Properties, IsJsonBacked))
            || System.Linq.Enumerable.Any(client.Unions, u => System.Linq.Enumerable.Any(u.Alternatives, a => IsJsonBacked(a.Property))))
        {
            files.Add(File(client, "EquatableJson", EquatableJsonSupport.Text));
        }

        // Only clients with polymorphic records or unions have converters that need these helpers.
        if (client.Unions.Count > 0 || System.Linq.Enumerable.Any(client.Records, r => r.Polymorphism is not null))
        {
            files.Add(File(client, "JsonShapes", JsonShapesSupport.Text));
        }

        if (client.PagerClasses.Count > 0)
        {
            files.Add(File(client, PagingSupport.FileName, PagingSupport.Text));
        }

        return files.ToArray();
    }

    private static bool IsJsonBacked(PropertyModel property)
        => property.Backing is { } backing && backing.FieldType.Contains(".EquatableJson");

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

            /// <summary>Copies <paramref name="values"/> and each item through <paramref name="copyItem"/>: nested collections become equatable too.</summary>
            [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
            public static EquatableArray<T>? From<T>(global::System.Collections.Generic.IEnumerable<T>? values, global::System.Func<T, T> copyItem)
                => values is null ? null : new EquatableArray<T>(global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(values, copyItem)));
        }

        /// <summary>An immutable list that compares by contents, so records holding it have value equality.</summary>
        /// <remarks>It implements only read-only interfaces: it cannot be cast to a mutable collection.</remarks>
        public sealed class EquatableArray<T> : global::System.Collections.Generic.IReadOnlyList<T>, global::System.IEquatable<EquatableArray<T>>
        {
            private static readonly global::System.Collections.Generic.IEqualityComparer<T> ItemEquality =
                JsonElementEquality.Instance as global::System.Collections.Generic.IEqualityComparer<T> ?? global::System.Collections.Generic.EqualityComparer<T>.Default;

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

                for (var i = 0; i < _items.Length; i++)
                {
                    if (!ItemEquality.Equals(_items[i], other._items[i]))
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
                    hash.Add(item is null ? 0 : ItemEquality.GetHashCode(item));
                }

                return hash.ToHashCode();
            }

            /// <inheritdoc/>
            public global::System.Collections.Generic.IEnumerator<T> GetEnumerator() => ((global::System.Collections.Generic.IEnumerable<T>)_items).GetEnumerator();

            global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
        }

        /// <summary>Compares free-form JSON items by content: JsonElement itself compares by reference.</summary>
        internal sealed class JsonElementEquality
            : global::System.Collections.Generic.IEqualityComparer<global::System.Text.Json.JsonElement>,
              global::System.Collections.Generic.IEqualityComparer<global::System.Text.Json.JsonElement?>
        {
            /// <summary>The one instance.</summary>
            public static readonly JsonElementEquality Instance = new();

            /// <inheritdoc/>
            public bool Equals(global::System.Text.Json.JsonElement x, global::System.Text.Json.JsonElement y) => global::System.Text.Json.JsonElement.DeepEquals(x, y);

            /// <inheritdoc/>
            public bool Equals(global::System.Text.Json.JsonElement? x, global::System.Text.Json.JsonElement? y)
                => x is null ? y is null : y is not null && global::System.Text.Json.JsonElement.DeepEquals(x.Value, y.Value);

            /// <inheritdoc/>
            // Consistent with DeepEquals: equal values have the same kind.
            public int GetHashCode(global::System.Text.Json.JsonElement obj) => (int)obj.ValueKind;

            /// <inheritdoc/>
            public int GetHashCode(global::System.Text.Json.JsonElement? obj) => obj is { } value ? (int)value.ValueKind : 0;
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

            /// <summary>Copies <paramref name="values"/> and each value through <paramref name="copyValue"/>: nested collections become equatable too.</summary>
            [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(values))]
            public static EquatableDictionary<TValue>? From<TValue>(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, TValue>>? values, global::System.Func<TValue, TValue> copyValue)
            {
                if (values is null)
                {
                    return null;
                }

                var copy = new global::System.Collections.Generic.Dictionary<string, TValue>(global::System.StringComparer.Ordinal);
                foreach (var pair in values)
                {
                    copy.Add(pair.Key, copyValue(pair.Value));
                }

                return new EquatableDictionary<TValue>(copy);
            }
        }

        /// <summary>An immutable string-keyed map that compares by contents, so records holding it have value equality.</summary>
        /// <remarks>It implements only read-only interfaces: it cannot be cast to a mutable collection.</remarks>
        public sealed class EquatableDictionary<TValue> : global::System.Collections.Generic.IReadOnlyDictionary<string, TValue>, global::System.IEquatable<EquatableDictionary<TValue>>
        {
            private static readonly global::System.Collections.Generic.IEqualityComparer<TValue> ItemEquality =
                JsonElementEquality.Instance as global::System.Collections.Generic.IEqualityComparer<TValue> ?? global::System.Collections.Generic.EqualityComparer<TValue>.Default;

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

                foreach (var pair in _items)
                {
                    if (!other._items.TryGetValue(pair.Key, out var value) || !ItemEquality.Equals(pair.Value, value))
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
                    hash ^= global::System.HashCode.Combine(pair.Key, pair.Value is null ? 0 : ItemEquality.GetHashCode(pair.Value));
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
