// Support types the generated clients share. Generated code names them fully qualified (global::Specweave.Runtime.*),
// so clients of any namespace, and several clients in one namespace or assembly, use the same types.
namespace Specweave.Runtime;

/// <summary>A free-form JSON value that compares by content, so records holding one have value equality.</summary>
public sealed class EquatableJson : System.IEquatable<EquatableJson>
{
    private EquatableJson(System.Text.Json.JsonElement value) => Value = value;

    /// <summary>The JSON value.</summary>
    public System.Text.Json.JsonElement Value { get; }

    /// <summary>Wraps <paramref name="value"/>.</summary>
    public static EquatableJson From(System.Text.Json.JsonElement value) => new(value);

    /// <summary>Wraps <paramref name="value"/>; null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static EquatableJson? From(System.Text.Json.JsonElement? value) => value is { } json ? new(json) : null;

    /// <inheritdoc/>
    public bool Equals(EquatableJson? other) => other is not null && System.Text.Json.JsonElement.DeepEquals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableJson other && Equals(other);

    /// <inheritdoc/>
    // Consistent with DeepEquals: equal values have the same kind.
    public override int GetHashCode() => (int)Value.ValueKind;
}
