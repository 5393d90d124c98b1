using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits a forward-compatible enum (the Azure SDK's "extensible enum"): a struct around the wire
/// string, with the described values as static members. A value the description does not list is
/// kept and written back unchanged instead of failing deserialization.
/// </summary>
internal static class EnumEmitter
{
    public static GeneratedFile Emit(ClientModel client, EnumModel model)
    {
        var writer = new SourceWriter();
        var name = model.Name;
        FileHeader.Write(writer, client.SourceFileName, client.Namespace);
        XmlDocWriter.Summary(writer, model.Docs.Summary, $"The {name} values.");
        writer.WriteLine("/// <remarks>Values the API description does not list are kept as they are, so a new server value never breaks this client.</remarks>");
        if (model.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This schema is deprecated in the API description.\")]");
        }

        writer.WriteLine($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::{client.Namespace}.{model.ConverterName}))]");
        writer.WriteLine($"public readonly partial struct {name} : global::System.IEquatable<{name}>");
        writer.OpenBlock();
        writer.WriteLine("private readonly string? _value;");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Creates a value; any string is accepted, listed or not.</summary>");
        writer.WriteLine($"public {name}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        writer.WriteLine();
        foreach (var member in model.Members)
        {
            XmlDocWriter.Summary(writer, member.Value.Length == 0 ? "The empty value." : member.Value, member.Value);
            writer.WriteLine($"public static {name} {member.Name} {{ get; }} = new({CSharpLiteral.String(member.Value)});");
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>The values the API description lists, in its order.</summary>");
        writer.WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<{name}> KnownValues {{ get; }} = new {name}[]");
        writer.OpenBlock();
        foreach (var member in model.Members)
        {
            writer.WriteLine(member.Name + ",");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The value as it is sent on the wire.</summary>");
        writer.WriteLine("public string Value => _value ?? string.Empty;");
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
        writer.WriteLine($"/// <summary>Converts a wire value.</summary>");
        writer.WriteLine($"public static implicit operator {name}(string value) => new(value);");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Compares wire values ordinally: values differing only in case are different values.</summary>");
        writer.WriteLine($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Compares wire values ordinally.</summary>");
        writer.WriteLine($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public bool Equals({name} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public override string ToString() => Value;");
        writer.CloseBlock();
        writer.WriteLine();
        WriteConverter(writer, model);
        return new GeneratedFile(name + ".g.cs", writer.ToString());
    }

    private static void WriteConverter(SourceWriter writer, EnumModel model)
    {
        var name = model.Name;
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{name}\"/> as its wire string.</summary>");
        writer.WriteLine($"public sealed class {model.ConverterName} : global::System.Text.Json.Serialization.JsonConverter<{name}>");
        writer.OpenBlock();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override {name} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.OpenBlock();
        writer.WriteLine("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)");
        writer.OpenBlock();
        writer.WriteLine($"throw new global::System.Text.Json.JsonException(\"A {name} value must be a JSON string.\");");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"return new {name}(reader.GetString()!);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {name} value, global::System.Text.Json.JsonSerializerOptions options)");
        writer.WriteLine("    => writer.WriteStringValue(value.Value);");
        writer.CloseBlock();
    }
}
