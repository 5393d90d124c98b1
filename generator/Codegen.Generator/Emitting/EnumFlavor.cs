using System.Text;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>The parts in which a string enum and an integer enum differ; everything else is the same pattern.</summary>
internal sealed record EnumFlavor(
    string ValueType,
    string FieldType,
    string Noun,
    string Assign,
    string Read,
    string Comparison,
    string ShortComparison,
    string Equality,
    string Hash,
    string Text,
    string JsonKind,
    string WrongToken,
    string ReadToken,
    string WriteToken,
    bool IsReference = false)
{
    /// <summary>A member's value as C#: a string literal (escaped: spec text), or the binder's invariant digits as they are.</summary>
    public Spelled Literal(string value) => new(value, IsReference);

    public static EnumFlavor String { get; } = new(
        ValueType: "string",
        FieldType: "string?",
        Noun: "string",
        Assign: "value ?? throw new global::System.ArgumentNullException(nameof(value))",
        Read: "_value ?? string.Empty",
        Comparison: "Compares wire values ordinally: values differing only in case are different values.",
        ShortComparison: "Compares wire values ordinally.",
        Equality: "string.Equals(Value, other.Value, global::System.StringComparison.Ordinal)",
        Hash: "global::System.StringComparer.Ordinal.GetHashCode(Value)",
        Text: "Value",
        JsonKind: "string",
        WrongToken: "reader.TokenType != global::System.Text.Json.JsonTokenType.String",
        ReadToken: "reader.GetString()!",
        WriteToken: "writer.WriteStringValue(value.Value)",
        IsReference: true);

    /// <summary>Integer enums: a long, read and written as a JSON number; member values are invariant digits from the binder.</summary>
    public static EnumFlavor Integer { get; } = new(
        ValueType: "long",
        FieldType: "long",
        Noun: "number",
        Assign: "value",
        Read: "_value",
        Comparison: "Compares wire values.",
        ShortComparison: "Compares wire values.",
        Equality: "Value == other.Value",
        Hash: "Value.GetHashCode()",
        Text: "Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
        JsonKind: "integer",
        WrongToken: "reader.TokenType != global::System.Text.Json.JsonTokenType.Number || !reader.TryGetInt64(out _)",
        ReadToken: "reader.GetInt64()",
        WriteToken: "writer.WriteNumberValue(value.Value)");

    /// <summary>Integer enums of format int32: an int, as integer properties of that format are.</summary>
    public static EnumFlavor Int32 { get; } = Integer with
    {
        ValueType = "int",
        FieldType = "int",
        WrongToken = "reader.TokenType != global::System.Text.Json.JsonTokenType.Number || !reader.TryGetInt32(out _)",
        ReadToken = "reader.GetInt32()",
    };

    /// <summary>A member's value appended into the line being written, with no string of its own.</summary>
    public readonly struct Spelled(string value, bool quoted) : ISourceText
    {
        public void AppendTo(StringBuilder builder)
        {
            if (quoted)
            {
                CSharpLiteral.Append(builder, value);
            }
            else
            {
                builder.Append(value);
            }
        }
    }
}
