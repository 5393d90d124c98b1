namespace Codegen.Generator.Emitting;

/// <summary>
/// The holder of free-form JSON behind JsonElement properties (emitted as EquatableJson.g.cs when a model
/// has one): JsonElement compares by reference, so records would never be equal after two reads.
/// </summary>
internal static class EquatableJsonSupport
{
    public const string Text = """
        /// <summary>A free-form JSON value that compares by content, so records holding one have value equality.</summary>
        public sealed class EquatableJson : global::System.IEquatable<EquatableJson>
        {
            private EquatableJson(global::System.Text.Json.JsonElement value) => Value = value;

            /// <summary>The JSON value.</summary>
            public global::System.Text.Json.JsonElement Value { get; }

            /// <summary>Wraps <paramref name="value"/>.</summary>
            public static EquatableJson From(global::System.Text.Json.JsonElement value) => new(value);

            /// <summary>Wraps <paramref name="value"/>; null stays null.</summary>
            [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
            public static EquatableJson? From(global::System.Text.Json.JsonElement? value) => value is { } json ? new(json) : null;

            /// <inheritdoc/>
            public bool Equals(EquatableJson? other) => other is not null && global::System.Text.Json.JsonElement.DeepEquals(Value, other.Value);

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is EquatableJson other && Equals(other);

            /// <inheritdoc/>
            // Consistent with DeepEquals: equal values have the same kind.
            public override int GetHashCode() => (int)Value.ValueKind;
        }
        """;
}
