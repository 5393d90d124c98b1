using System.Linq;
using Codegen.Generator.Binding;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits a record for an object schema: sealed on its own; in a polymorphic family an abstract base
/// (with its converter in the same file) and sealed derived records whose constructor sets the discriminator.
/// </summary>
internal static class RecordEmitter
{
    private const string JsonExtensionData = "global::System.Text.Json.Serialization.JsonExtensionData";
    private const string JsonConverter = "global::System.Text.Json.Serialization.JsonConverter";
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

        var formattable = record.FormatsAsJson ? QueryJsonFormat.Interface : null;
        if (record.Polymorphism is { } polymorphism)
        {
            writer.WriteLine($"[{JsonConverter}(typeof(global::{client.Namespace}.{polymorphism.ConverterName}))]");
            writer.WriteLine($"public abstract partial record {record.Name}{Bases(null, formattable)}");
        }
        else if (record.Base is { } derivedFrom)
        {
            writer.WriteLine($"public sealed partial record {record.Name}{Bases($"global::{client.Namespace}.{derivedFrom.BaseName}", formattable)}");
        }
        else
        {
            writer.WriteLine($"public sealed partial record {record.Name}{Bases(null, formattable)}");
        }

        writer.OpenBlock();
        if (record.FormatsAsJson)
        {
            QueryJsonFormat.Write(writer, client, record.Name);
            writer.WriteLine();
        }

        var first = !WriteConstructor(writer, record);
        foreach (var property in record.Properties)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            PropertyWriter.Write(writer, property, $"The '{property.JsonName}' property.");
        }

        if (record.ExtensionDataPropertyName is { } extensionName)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            WriteExtensionData(writer, client, extensionName);
        }

        writer.CloseBlock();
        if (record.Polymorphism is { } model)
        {
            writer.WriteLine();
            PolymorphicConverterEmitter.Write(writer, client, record.Name, model);
        }

        return new GeneratedFile(record.Name + ".g.cs", writer.ToString());
    }

    private static string Bases(string? baseType, string? formattable)
    {
        var bases = new[] { baseType, formattable }.Where(b => b is not null).ToArray();
        return bases.Length == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }

    /// <summary>A base takes its discriminator from the derived records; a derived record passes its own value.</summary>
    private static bool WriteConstructor(SourceWriter writer, RecordModel record)
    {
        if (record.Polymorphism is { } polymorphism)
        {
            // private protected: only the derived records generated beside it can extend the hierarchy.
            writer.WriteLine("/// <summary>Sets the discriminator; called by the derived records only.</summary>");
            writer.WriteLine($"/// <param name=\"discriminator\">The '{XmlDocWriter.Escape(polymorphism.DiscriminatorJsonName)}' value of the derived record.</param>");
            writer.WriteLine($"private protected {record.Name}({polymorphism.DiscriminatorParameterType} discriminator) => {polymorphism.DiscriminatorPropertyName} = discriminator;");
            return true;
        }

        if (record.Base is not { } derivedFrom)
        {
            return false;
        }

        var argument = derivedFrom.DiscriminatorValue is { } value ? CSharpLiteral.String(value) : "null";
        var summary = derivedFrom.DiscriminatorValue is { Length: > 0 } shown
            ? $"Creates a {record.Name}; its discriminator is \"{shown}\"."
            : $"Creates a {record.Name}; set the discriminator to the value it stands for.";
        XmlDocWriter.Summary(writer, summary, summary);
        writer.WriteLine($"public {record.Name}()");
        writer.WriteLine($"    : base({argument})");
        writer.OpenBlock();
        writer.CloseBlock();
        return true;
    }

    private static void WriteExtensionData(SourceWriter writer, ClientModel client, string extensionName)
    {
        var field = "_" + char.ToLowerInvariant(extensionName[0]) + extensionName.Substring(1);
        // A setter, not init: System.Text.Json fills extension data after construction, and rejects
        // init-only extension data on types it builds through their required/init members.
        writer.WriteLine("/// <summary>Properties the API description does not name, kept so that reading and writing back loses nothing.</summary>");
        writer.WriteLine($"[{JsonExtensionData}]");
        writer.WriteLine($"public {ExtensionDataType}? {extensionName}");
        writer.OpenBlock();
        writer.WriteLine($"get => {field};");
        writer.WriteLine($"set => {field} = {KnownTypes.JsonExtensionData}.From(value);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"private {ExtensionDataType}? {field};");
    }
}
