using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits a forward-compatible enum (the Azure SDK's "extensible enum"): a struct around the wire
/// string (or, for integer enums, an <c>int</c> for format int32 and a <c>long</c> otherwise, written as a JSON number), with the described values as
/// static members. A value the description does not list is kept and written back unchanged instead
/// of failing deserialization.
/// </summary>
internal static class EnumEmitter
{
    public static EmittedFile Emit(ClientModel client, EnumModel model)
    {
        var flavor = model.ValueType switch
        {
            EnumValueType.Int32 => EnumFlavor.Int32,
            EnumValueType.Int64 => EnumFlavor.Integer,
            _ => EnumFlavor.String,
        };
        var writer = new SourceWriter();
        var name = model.Name;
        FileHeader.Write(writer, client);
        XmlDocWriter.Write(writer, model.Docs, generatedRemarks: "Values the API description does not list are kept as they are, so a new server value never breaks this client.");
        if (model.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This schema is deprecated in the API description.\")]");
        }

        GeneratedCodeMarkers.WriteForPartialType(writer);
        writer.WriteLine($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::{client.Namespace}.{model.ConverterName}))]");
        // IFormattable makes Refit write the value as a scalar in a query, path or header (it flattens other structs).
        writer.WriteLine($"public readonly partial struct {name} : global::System.IEquatable<{name}>, global::System.IFormattable");
        writer.OpenBlock();
        writer.WriteLine($"private readonly {flavor.FieldType} _value;");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Creates a value; any {flavor.Noun} is accepted, listed or not.</summary>");
        writer.WriteLine($"public {name}({flavor.ValueType} value) => _value = {flavor.Assign};");
        writer.WriteLine();
        foreach (var member in model.Members)
        {
            writer.WriteLine($"public static {name} {member.Name} {{ get; }} = new({flavor.Literal(member.Value)});");
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>The values the API description lists, in its order.</summary>");
        writer.WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<{name}> KnownValues {{ get; }} = new {name}[]");
        writer.OpenBlock();
        foreach (var member in model.Members)
        {
            writer.WriteLine($"{member.Name},");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The value as it is sent on the wire.</summary>");
        writer.WriteLine($"public {flavor.ValueType} Value => {flavor.Read};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Whether the API description lists this value.</summary>");
        writer.WriteLine("public bool IsKnown");
        writer.OpenBlock();
        writer.WriteLine("get");
        writer.OpenBlock();
        writer.WriteLine("foreach (var known in KnownValues)");
        writer.OpenBlock();
        writer.WriteLine("if (Equals(known))");
        writer.OpenBlock();
        writer.WriteLine("return true;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return false;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        if (flavor.IsReference)
        {
            // Implicit conversions do not throw (.NET design guidelines): a null string is no value, not an error.
            writer.WriteLine("/// <summary>Converts a wire value; a null string gives the default value (whose <see cref=\"Value\"/> is empty) instead of throwing.</summary>");
            writer.WriteLine($"public static implicit operator {name}({flavor.ValueType} value) => value is null ? default : new(value);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Converts a wire value that may be null: null stays null.</summary>");
            writer.WriteLine($"public static implicit operator {name}?({flavor.ValueType}? value) => value is null ? default({name}?) : new {name}(value);");
        }
        else
        {
            writer.WriteLine("/// <summary>Converts a wire value.</summary>");
            writer.WriteLine($"public static implicit operator {name}({flavor.ValueType} value) => new(value);");
        }
        writer.WriteLine();
        writer.WriteLine($"/// <summary>{flavor.Comparison}</summary>");
        writer.WriteLine($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>{flavor.ShortComparison}</summary>");
        writer.WriteLine($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public bool Equals({name} other) => {flavor.Equality};");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override int GetHashCode() => {flavor.Hash};");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override string ToString() => {flavor.Text};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The wire value, whatever the format and culture asked for.</summary>");
        writer.WriteLine("string global::System.IFormattable.ToString(string? format, global::System.IFormatProvider? formatProvider) => ToString();");
        writer.CloseBlock();
        writer.WriteLine();
        WriteConverter(writer, model, flavor);
        return new EmittedFile(name + ".g.cs", writer);
    }

    private static void WriteConverter(SourceWriter writer, EnumModel model, EnumFlavor flavor)
    {
        var name = model.Name;
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{name}\"/> as its wire {flavor.Noun}.</summary>");
        GeneratedCodeMarkers.WriteForWholeType(writer);
        writer.WriteLine($"public sealed class {model.ConverterName} : global::System.Text.Json.Serialization.JsonConverter<{name}>");
        writer.OpenBlock();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override {name} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.OpenBlock();
        writer.WriteLine($"if ({flavor.WrongToken})");
        writer.OpenBlock();
        writer.WriteLine($"throw new global::System.Text.Json.JsonException(\"A {name} value must be a JSON {flavor.JsonKind}.\");");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"return new {name}({flavor.ReadToken});");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {name} value, global::System.Text.Json.JsonSerializerOptions options)");
        writer.WriteLine($"    => {flavor.WriteToken};");
        writer.CloseBlock();
    }
}
