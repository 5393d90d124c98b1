using System.Linq;
using System.Text;
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
    private const string JsonIgnore = "global::System.Text.Json.Serialization.JsonIgnore";
    private const string JsonInclude = "global::System.Text.Json.Serialization.JsonInclude";
    private const string OnDeserialized = "global::System.Text.Json.Serialization.IJsonOnDeserialized";
    private const string ExtensionDataType = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement>";

    public static EmittedFile Emit(ClientModel client, RecordModel record)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, client);
        XmlDocWriter.Write(writer, record.Docs);
        if (record.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This schema is deprecated in the API description.\")]");
        }

        GeneratedCodeMarkers.WriteForPartialType(writer);
        var formattable = record.FormatsAsJson ? QueryJsonFormat.Interface : null;
        var sealsExtensionData = record.ExtensionData is null ? null : OnDeserialized;
        if (record.Polymorphism is { } polymorphism)
        {
            writer.WriteLine($"[{JsonConverter}(typeof(global::{client.Namespace}.{polymorphism.ConverterName}))]");
            writer.WriteLine($"public abstract partial record {record.Name}{new Bases(null, null, formattable, sealsExtensionData)}");
        }
        else if (record.Base is { } derivedFrom)
        {
            writer.WriteLine($"public sealed partial record {record.Name}{new Bases(client.Namespace, derivedFrom.BaseName, formattable, sealsExtensionData)}");
        }
        else
        {
            writer.WriteLine($"public sealed partial record {record.Name}{new Bases(null, null, formattable, sealsExtensionData)}");
        }

        writer.OpenBlock();
        if (record.FormatsAsJson)
        {
            QueryJsonFormat.Write(writer, client, record.Name);
            writer.WriteLine();
        }

        var first = !WriteConstructor(writer, record, client.Namespace);
        foreach (var property in record.Properties)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            PropertyWriter.Write(writer, property, client.Namespace);
        }

        if (record.ExtensionData is { } extensionData)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteExtensionData(writer, extensionData);
        }

        if (record.Properties.Any(p => p.Sensitive))
        {
            if (!first)
            {
                writer.WriteLine();
            }

            WritePrintMembers(writer, record);
        }

        writer.CloseBlock();
        if (record.Polymorphism is { } model)
        {
            writer.WriteLine();
            PolymorphicConverterEmitter.Write(writer, client, record.Name, model);
        }

        return new EmittedFile(record.Name + ".g.cs", writer);
    }

    /// <summary>The record's base list, if any: its base record (a generated type in the client's namespace), then interfaces.</summary>
    private readonly struct Bases(string? baseNamespace, string? baseName, string? formattable, string? onDeserialized) : ISourceText
    {
        public void AppendTo(StringBuilder builder)
        {
            var separator = " : ";
            if (baseName is not null)
            {
                builder.Append(separator).Append("global::").Append(baseNamespace).Append('.').Append(baseName);
                separator = ", ";
            }

            if (formattable is not null)
            {
                builder.Append(separator).Append(formattable);
                separator = ", ";
            }

            if (onDeserialized is not null)
            {
                builder.Append(separator).Append(onDeserialized);
            }
        }
    }

    /// <summary>A base takes its discriminator from the derived records; a derived record passes its own value.</summary>
    private static bool WriteConstructor(SourceWriter writer, RecordModel record, string namespaceName)
    {
        if (record.Polymorphism is { } polymorphism)
        {
            // private protected: only the derived records generated beside it can extend the hierarchy.
            writer.WriteLine("/// <summary>Sets the discriminator; called by the derived records only.</summary>");
            writer.WriteLine($"/// <param name=\"discriminator\">The '{XmlDocWriter.Escape(polymorphism.DiscriminatorJsonName)}' value of the derived record.</param>");
            writer.WriteLine($"private protected {record.Name}({TypeNames.Of(polymorphism.DiscriminatorType, polymorphism.DiscriminatorNullable, namespaceName)} discriminator) => {polymorphism.DiscriminatorPropertyName} = discriminator;");
            return true;
        }

        if (record.Base is not { } derivedFrom)
        {
            return false;
        }

        // Named: a bare null would also fit the record's copy constructor (an optional discriminator's Unknown{Base}).
        var argument = derivedFrom.DiscriminatorValue is { } value ? CSharpLiteral.String(value) : "discriminator: null";
        var summary = derivedFrom.DiscriminatorValue is { Length: > 0 } shown
            ? $"Creates a {record.Name}; its discriminator is \"{shown}\"."
            : $"Creates a {record.Name}; set the discriminator to the value it stands for.";
        XmlDocWriter.TextSummary(writer, summary);
        writer.WriteLine($"public {record.Name}()");
        writer.WriteLine($"    : base({argument})");
        writer.OpenBlock();
        writer.CloseBlock();
        return true;
    }

    /// <summary>
    /// Callers read (and init) a read-only map, copied on the way in; System.Text.Json fills the internal property after
    /// construction (it rejects init-only extension data) and the record seals the map when reading ends. Sealed maps
    /// are never changed, so a copy made with <c>with</c> may share one.
    /// </summary>
    private static void WriteExtensionData(SourceWriter writer, ExtensionDataModel extensionData)
    {
        var name = extensionData.PropertyName;
        var field = new FieldName(name);
        writer.WriteLine("/// <summary>Properties the API description does not name, kept so that reading and writing back loses nothing.</summary>");
        writer.WriteLine($"[{JsonIgnore}]");
        writer.WriteLine($"public {ExtensionDataType}? {name}");
        writer.OpenBlock();
        writer.WriteLine($"get => {field};");
        writer.WriteLine($"init => {field} = {KnownTypes.JsonExtensionData}.From(value);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"/// <summary>{name} as System.Text.Json reads and writes it.</summary>");
        writer.WriteLine($"[{JsonExtensionData}]");
        writer.WriteLine($"[{JsonInclude}]");
        writer.WriteLine($"internal {KnownTypes.JsonExtensionData}? {extensionData.SerializerPropertyName}");
        writer.OpenBlock();
        writer.WriteLine($"get => {field};");
        writer.WriteLine($"set => {field} = value;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"private {KnownTypes.JsonExtensionData}? {field};");
        writer.WriteLine();
        writer.WriteLine($"void {OnDeserialized}.OnDeserialized() => {field}?.Seal();");
    }

    /// <summary>The private field behind a property: its name camel-cased after an underscore (ExtensionData: _extensionData).</summary>
    private readonly struct FieldName(string propertyName) : ISourceText
    {
        public void AppendTo(StringBuilder builder)
            => builder.Append('_').Append(char.ToLowerInvariant(propertyName[0])).Append(propertyName, 1, propertyName.Length - 1);
    }

    /// <summary>
    /// The compiler's PrintMembers, but *** for secrets (writeOnly, format: password, x-sensitive: true); written only
    /// for records that have one. A derived record without secrets of its own keeps the compiler's, which calls this one.
    /// </summary>
    private static void WritePrintMembers(SourceWriter writer, RecordModel record)
    {
        var modifiers = record.Polymorphism is not null ? "protected virtual" : record.Base is not null ? "protected override" : "private";
        writer.WriteLine("/// <summary>Prints the members for ToString, with *** in place of secrets.</summary>");
        writer.WriteLine("/// <param name=\"builder\">Where the members are printed.</param>");
        writer.WriteLine("/// <returns>True: members were printed.</returns>");
        writer.WriteLine($"{modifiers} bool PrintMembers(global::System.Text.StringBuilder builder)");
        writer.OpenBlock();
        var separator = string.Empty;
        if (record.Base is not null)
        {
            writer.WriteLine("if (base.PrintMembers(builder))");
            writer.OpenBlock();
            writer.WriteLine("builder.Append(\", \");");
            writer.CloseBlock();
            writer.WriteLine();
        }

        foreach (var property in record.Properties)
        {
            WritePrintMember(writer, separator, property.Name, property.Sensitive);
            separator = ", ";
        }

        if (record.ExtensionData is { } extensionData)
        {
            WritePrintMember(writer, separator, extensionData.PropertyName, sensitive: false);
        }

        writer.WriteLine("return true;");
        writer.CloseBlock();
    }

    private static void WritePrintMember(SourceWriter writer, string separator, string name, bool sensitive)
        => writer.WriteLine(sensitive
            ? $"builder.Append(\"{separator}{name} = ***\");"
            : $"builder.Append(\"{separator}{name} = \").Append({name});");
}
