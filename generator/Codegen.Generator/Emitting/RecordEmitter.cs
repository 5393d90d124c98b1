using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Emits a sealed record for an object schema.</summary>
internal static class RecordEmitter
{
    private const string JsonPropertyName = "global::System.Text.Json.Serialization.JsonPropertyName";
    private const string JsonExtensionData = "global::System.Text.Json.Serialization.JsonExtensionData";
    private const string ExtensionDataType = "global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>";

    public static GeneratedFile Emit(ClientModel client, RecordModel record)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, client.SourceFileName, client.Namespace);
        XmlDocWriter.Summary(writer, record.Docs.Summary, $"The {record.Name} schema.");
        XmlDocWriter.Remarks(writer, record.Docs.Remarks);
        if (record.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This schema is deprecated in the API description.\")]");
        }

        writer.WriteLine($"public sealed partial record {record.Name}");
        writer.OpenBlock();
        var first = true;
        foreach (var property in record.Properties)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteProperty(writer, property);
        }

        if (record.ExtensionDataPropertyName is { } extensionName)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            var field = "_" + char.ToLowerInvariant(extensionName[0]) + extensionName.Substring(1);
            // A setter, not init: System.Text.Json fills extension data after construction, and rejects
            // init-only extension data on types it builds through their required/init members.
            writer.WriteLine("/// <summary>Properties the API description does not name, kept so that reading and writing back loses nothing.</summary>");
            writer.WriteLine($"[{JsonExtensionData}]");
            writer.WriteLine($"public {ExtensionDataType}? {extensionName}");
            writer.OpenBlock();
            writer.WriteLine($"get => {field};");
            writer.WriteLine($"set => {field} = global::{client.Namespace}.JsonExtensionData.From(value);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"private {ExtensionDataType}? {field};");
        }

        writer.CloseBlock();
        return new GeneratedFile(record.Name + ".g.cs", writer.ToString());
    }

    private static void WriteProperty(SourceWriter writer, PropertyModel property)
    {
        XmlDocWriter.Summary(writer, property.Docs.Summary, $"The '{property.JsonName}' property.");
        if (property.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This property is deprecated in the API description.\")]");
        }

        writer.WriteLine($"[{JsonPropertyName}({CSharpLiteral.String(property.JsonName)})]");
        var modifiers = property.IsRequired ? "public required " : "public ";
        if (property.Collection is not { } collection)
        {
            writer.WriteLine($"{modifiers}{property.TypeName} {property.Name} {{ get; init; }}");
            return;
        }

        // Collections are copied into equatable, read-only instances on the way in, whoever sets them.
        writer.WriteLine($"{modifiers}{property.TypeName} {property.Name}");
        writer.OpenBlock();
        writer.WriteLine($"get => {collection.FieldName};");
        writer.WriteLine($"init => {collection.FieldName} = {collection.FactoryMethod}(value);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"private readonly {property.TypeName} {collection.FieldName};");
    }
}
