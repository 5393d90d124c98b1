using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits the converter of an abstract base record. Reading looks the discriminator up on a copy of the
/// reader (any position: it need not come first) and hands the object to the chosen derived record's
/// source-generated metadata; an unknown or missing value reads as the fallback: Unknown{Base}, which keeps
/// every property, or the derived record of the discriminator's defaultMapping. Writing dispatches on the runtime type. The discriminator is an ordinary property of the
/// records, so whatever was read is written back.
/// </summary>
internal static class PolymorphicConverterEmitter
{
    private const string Json = "global::System.Text.Json";

    public static void Write(SourceWriter writer, ClientModel client, string baseName, PolymorphismModel model)
    {
        var prefix = "global::" + client.Namespace + ".";
        var discriminator = CSharpLiteral.String(model.DiscriminatorJsonName);
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{baseName}\"/> as the derived record its discriminator names.</summary>");
        GeneratedCodeMarkers.WriteForWholeType(writer);
        writer.WriteLine($"public sealed class {model.ConverterName} : {Json}.Serialization.JsonConverter<{prefix}{baseName}>");
        writer.OpenBlock();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override {prefix}{baseName}? Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)");
        writer.OpenBlock();
        writer.WriteLine($"switch ({KnownTypes.JsonShapes}.FindDiscriminator(reader, {discriminator}))");
        writer.OpenBlock();
        foreach (var derived in model.Derived)
        {
            foreach (var value in derived.Values)
            {
                writer.WriteLine($"case {CSharpLiteral.String(value)}:");
            }

            writer.Indent();
            writer.WriteLine($"return {KnownTypes.JsonShapes}.Read<{prefix}{derived.TypeName}>(ref reader, options);");
            writer.Unindent();
        }

        writer.WriteLine("default:");
        writer.Indent();
        writer.WriteLine($"return {KnownTypes.JsonShapes}.Read<{prefix}{model.FallbackTypeName}>(ref reader, options);");
        writer.Unindent();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override void Write({Json}.Utf8JsonWriter writer, {prefix}{baseName} value, {Json}.JsonSerializerOptions options)");
        writer.OpenBlock();
        writer.WriteLine("switch (value)");
        writer.OpenBlock();
        var index = 0;
        foreach (var typeName in DerivedAndFallback(model))
        {
            var variable = "value" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteLine($"case {prefix}{typeName} {variable}:");
            writer.Indent();
            writer.WriteLine($"{KnownTypes.JsonShapes}.Write(writer, {variable}, options);");
            writer.WriteLine("return;");
            writer.Unindent();
        }

        writer.WriteLine("default:");
        writer.Indent();
        writer.WriteLine($"throw new {Json}.JsonException(\"{baseName} has no derived type \" + value.GetType().Name + \" in the API description.\");");
        writer.Unindent();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static System.Collections.Generic.IEnumerable<string> DerivedAndFallback(PolymorphismModel model)
    {
        foreach (var derived in model.Derived)
        {
            yield return derived.TypeName;
        }

        if (!model.FallbackIsDerived)
        {
            yield return model.FallbackTypeName;
        }
    }
}
