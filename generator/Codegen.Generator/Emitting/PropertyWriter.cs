using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Writes one property of a record or union: docs, attributes, and the collection copy in its init accessor.</summary>
internal static class PropertyWriter
{
    private const string JsonPropertyName = "global::System.Text.Json.Serialization.JsonPropertyName";
    private const string JsonRequired = "global::System.Text.Json.Serialization.JsonRequired";
    private const string JsonIgnore = "global::System.Text.Json.Serialization.JsonIgnore";

    /// <param name="namespaceName">The client's namespace, where generated types are.</param>
    public static void Write(SourceWriter writer, PropertyModel property, string namespaceName)
    {
        XmlDocWriter.Write(writer, property.Docs);
        if (property.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This property is deprecated in the API description.\")]");
        }

        // Union alternatives have no JSON name: their converter reads and writes them.
        if (property.JsonName is { } jsonName)
        {
            writer.WriteLine($"[{JsonPropertyName}({new CSharpLiteral.Quoted(jsonName)})]");
        }

        if (property.JsonRequired)
        {
            writer.WriteLine($"[{JsonRequired}]");
        }

        if (property.IsRequired && property.Nullable)
        {
            // Required but nullable: null must be written, or the JSON would lack a required property.
            writer.WriteLine($"[{JsonIgnore}(Condition = global::System.Text.Json.Serialization.JsonIgnoreCondition.Never)]");
        }

        var modifiers = property.IsRequired ? "public required " : "public ";
        var typeName = new TypeNames.Spelled(property.Type, property.Nullable, namespaceName);
        if (property.Backing is not { } backing)
        {
            writer.WriteLine($"{modifiers}{typeName} {property.Name} {{ get; init; }}");
            return;
        }

        // Collections and free-form JSON are copied into equatable instances on the way in, whoever sets them.
        writer.WriteLine($"{modifiers}{typeName} {property.Name}");
        writer.OpenBlock();
        if (backing.Kind == BackingKind.EquatableJson)
        {
            writer.WriteLine($"get => {backing.FieldName}{(property.Nullable ? "?.Value" : ".Value")};");
            writer.WriteLine($"init => {backing.FieldName} = {KnownTypes.EquatableJson}.From(value);");
        }
        else
        {
            writer.WriteLine($"get => {backing.FieldName};");
            writer.WriteLine($"init => {backing.FieldName} = {new CollectionCopies.Copy(property.Type, "value")};");
        }

        writer.CloseBlock();
        writer.WriteLine();
        // A required property is set through its init accessor; the compiler cannot see that, hence null!.
        var initializer = property.Nullable ? string.Empty : " = null!";
        writer.WriteLine($"private readonly {new FieldType(property, backing, namespaceName)} {backing.FieldName}{initializer};");
    }

    /// <summary>
    /// The type of the field that holds the property (its backing field, or the property itself when it has none),
    /// nullability included: what equality compares. Appended into the line being written.
    /// </summary>
    public readonly struct FieldType(PropertyModel property, BackingField? backing, string namespaceName) : ISourceText
    {
        public void AppendTo(System.Text.StringBuilder builder)
        {
            if (backing?.Kind == BackingKind.EquatableJson)
            {
                builder.Append(KnownTypes.EquatableJson).Append(property.Nullable ? "?" : string.Empty);
            }
            else
            {
                new TypeNames.Spelled(property.Type, property.Nullable, namespaceName).AppendTo(builder);
            }
        }
    }
}
