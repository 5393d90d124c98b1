using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits a typed union (oneOf/anyOf without a discriminator): a sealed record with one nullable property
/// per alternative and the JSON value as read, plus its converter.
/// </summary>
/// <remarks>
/// Reading ranks the alternatives (JsonShapes.Rank: JSON kind, required properties present, then the best
/// match) and reads the JSON as each in turn: for oneOf the first that reads is set, for anyOf every one
/// that reads. The JSON is kept either way, so a value no alternative fits is not lost. Writing writes the
/// first alternative that is set, else the kept JSON. Equality compares the alternatives, and the kept JSON
/// only when no alternative is set.
/// </remarks>
internal static class UnionEmitter
{
    private const string Json = "global::System.Text.Json";

    public static EmittedFile Emit(ClientModel client, UnionModel union)
    {
        var writer = new SourceWriter();
        var prefix = "global::" + client.Namespace + ".";
        FileHeader.Write(writer, client);
        var rule = union.SetsAll
            ? "anyOf: every alternative the JSON value can be read as is set."
            : "oneOf: the alternative that fits the JSON value best is set.";
        XmlDocWriter.Write(writer, union.Docs, generatedRemarks: rule + " A value that fits none is kept in " + union.JsonPropertyName + ".");
        if (union.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This schema is deprecated in the API description.\")]");
        }

        GeneratedCodeMarkers.WriteForPartialType(writer);
        writer.WriteLine($"[{Json}.Serialization.JsonConverter(typeof({prefix}{union.ConverterName}))]");
        writer.WriteLine($"public sealed partial record {union.Name}" + (union.FormatsAsJson ? " : " + QueryJsonFormat.Interface : string.Empty));
        writer.OpenBlock();
        if (union.FormatsAsJson)
        {
            QueryJsonFormat.Write(writer, client, union.Name);
            writer.WriteLine();
        }

        foreach (var alternative in union.Alternatives)
        {
            PropertyWriter.Write(writer, alternative.Property, client.Namespace);
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>The JSON value as read (null for a value made in code); written only when no alternative is set.</summary>");
        writer.WriteLine($"public {Json}.JsonElement? {union.JsonPropertyName} {{ get; init; }}");
        writer.WriteLine();
        WriteEquality(writer, union, client.Namespace);
        writer.CloseBlock();
        writer.WriteLine();
        WriteConverter(writer, union, client.Namespace);
        return new EmittedFile(union.Name + ".g.cs", writer);
    }

    private static void WriteEquality(SourceWriter writer, UnionModel union, string namespaceName)
    {
        writer.WriteLine("/// <summary>Equal when the alternatives are; the kept JSON counts only when no alternative is set.</summary>");
        writer.WriteLine($"public bool Equals({union.Name}? other)");
        writer.OpenBlock();
        writer.WriteLine("if (other is null)");
        writer.OpenBlock();
        writer.WriteLine("return false;");
        writer.CloseBlock();
        writer.WriteLine();
        foreach (var alternative in union.Alternatives)
        {
            // Backing fields hold the equatable copies (collections, free-form JSON); others compare as they are.
            var property = alternative.Property;
            var type = new PropertyWriter.FieldType(property, property.Backing, namespaceName);
            var member = property.Backing?.FieldName ?? property.Name;
            writer.WriteLine($"if (!global::System.Collections.Generic.EqualityComparer<{type}>.Default.Equals({member}, other.{member}))");
            writer.OpenBlock();
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine($"return HasAlternative() || {KnownTypes.JsonShapes}.JsonEquals({union.JsonPropertyName}, other.{union.JsonPropertyName});");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public override int GetHashCode()");
        writer.OpenBlock();
        writer.WriteLine("var hash = new global::System.HashCode();");
        foreach (var alternative in union.Alternatives)
        {
            writer.WriteLine($"hash.Add({alternative.Property.Backing?.FieldName ?? alternative.Property.Name});");
        }

        writer.WriteLine("return hash.ToHashCode();");
        writer.CloseBlock();
        writer.WriteLine();
        var any = union.Alternatives.Count == 0 ? "false" : string.Join(" || ", union.Alternatives.Select(a => a.Property.Name + " is not null"));
        writer.WriteLine($"private bool HasAlternative() => {any};");
    }

    private static void WriteConverter(SourceWriter writer, UnionModel union, string namespaceName)
    {
        var prefix = "global::" + namespaceName + ".";
        var shapes = KnownTypes.JsonShapes;
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{union.Name}\"/>: see its remarks for how an alternative is chosen.</summary>");
        GeneratedCodeMarkers.WriteForWholeType(writer);
        writer.WriteLine($"public sealed class {union.ConverterName} : {Json}.Serialization.JsonConverter<{prefix}{union.Name}>");
        writer.OpenBlock();
        writer.WriteLine($"private static readonly {shapes}.Alternative[] Alternatives =");
        writer.OpenBlock();
        foreach (var alternative in union.Alternatives)
        {
            writer.WriteLine($"new({Kinds(alternative.Kinds, shapes)}, {Strings(alternative.Required)}, {Strings(alternative.Known)}, {(alternative.IsInteger ? "true" : "false")}),");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        WriteRead(writer, union, namespaceName, shapes);
        writer.WriteLine();
        WriteWrite(writer, union, namespaceName, shapes);
        writer.CloseBlock();
    }

    private static void WriteRead(SourceWriter writer, UnionModel union, string namespaceName, string shapes)
    {
        var prefix = "global::" + namespaceName + ".";
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override {prefix}{union.Name}? Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)");
        writer.OpenBlock();
        writer.WriteLine($"var json = {Json}.JsonElement.ParseValue(ref reader);");
        for (var i = 0; i < union.Alternatives.Count; i++)
        {
            var property = union.Alternatives[i].Property;
            writer.WriteLine($"{TypeNames.Of(property.Type, property.Nullable, namespaceName)} {Local(i)} = default;");
        }

        writer.WriteLine($"foreach (var index in {shapes}.Rank(json, Alternatives))");
        writer.OpenBlock();
        if (!union.SetsAll)
        {
            writer.WriteLine("var matched = false;");
        }

        writer.WriteLine("switch (index)");
        writer.OpenBlock();
        for (var i = 0; i < union.Alternatives.Count; i++)
        {
            writer.WriteLine($"case {i.ToString(CultureInfo.InvariantCulture)}:");
            writer.Indent();
            writer.WriteLine($"if ({shapes}.TryRead<{TypeNames.Of(union.Alternatives[i].Property.Type, namespaceName)}>(json, options, out var value{i.ToString(CultureInfo.InvariantCulture)}))");
            writer.OpenBlock();
            writer.WriteLine($"{Local(i)} = value{i.ToString(CultureInfo.InvariantCulture)};");
            if (!union.SetsAll)
            {
                writer.WriteLine("matched = true;");
            }

            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("break;");
            writer.Unindent();
        }

        writer.CloseBlock();
        if (!union.SetsAll)
        {
            writer.WriteLine();
            writer.WriteLine("if (matched)");
            writer.OpenBlock();
            writer.WriteLine("break;");
            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.WriteLine();
        var assignments = union.Alternatives.Select((a, i) => $"{a.Property.Name} = {Local(i)}, ");
        writer.WriteLine($"return new {prefix}{union.Name} {{ {string.Concat(assignments)}{union.JsonPropertyName} = json }};");
        writer.CloseBlock();
    }

    private static void WriteWrite(SourceWriter writer, UnionModel union, string namespaceName, string shapes)
    {
        var prefix = "global::" + namespaceName + ".";
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override void Write({Json}.Utf8JsonWriter writer, {prefix}{union.Name} value, {Json}.JsonSerializerOptions options)");
        writer.OpenBlock();
        for (var i = 0; i < union.Alternatives.Count; i++)
        {
            var alternative = union.Alternatives[i];
            writer.WriteLine($"if (value.{alternative.Property.Name} is {{ }} {Local(i)})");
            writer.OpenBlock();
            writer.WriteLine($"{shapes}.Write<{TypeNames.Of(alternative.Property.Type, namespaceName)}>(writer, {Local(i)}, options);");
            writer.WriteLine("return;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine($"if (value.{union.JsonPropertyName} is {{ }} json)");
        writer.OpenBlock();
        writer.WriteLine("json.WriteTo(writer);");
        writer.WriteLine("return;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("writer.WriteNullValue();");
        writer.CloseBlock();
    }

    private static string Local(int index) => "option" + index.ToString(CultureInfo.InvariantCulture);

    private static readonly JsonKinds[] AllKinds = [JsonKinds.Object, JsonKinds.Array, JsonKinds.String, JsonKinds.Number, JsonKinds.Boolean];

    private static string Kinds(JsonKinds kinds, string shapes)
    {
        // A loop, not LINQ over the enum: the tool is precompiled, and LINQ over a value type is compiled at run time.
        var names = new List<string>();
        foreach (var kind in AllKinds)
        {
            if ((kinds & kind) != 0)
            {
                names.Add($"{shapes}.Kinds.{kind}");
            }
        }

        return names.Count == 0 ? $"{shapes}.Kinds.None" : string.Join(" | ", names);
    }

    private static string Strings(ImmutableEquatableArray<string> values)
        => values.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", values.Select(CSharpLiteral.String)) + " }";
}
