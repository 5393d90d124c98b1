using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Writes one property of a record or union: docs, attributes, and the collection copy in its init accessor.</summary>
internal static class PropertyWriter
{
    private const string JsonPropertyName = "global::System.Text.Json.Serialization.JsonPropertyName";
    private const string JsonRequired = "global::System.Text.Json.Serialization.JsonRequired";
    private const string JsonIgnore = "global::System.Text.Json.Serialization.JsonIgnore";

    public static void Write(SourceWriter writer, PropertyModel property)
    {
        XmlDocWriter.Write(writer, property.Docs);
        if (property.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This property is deprecated in the API description.\")]");
        }

        // Union alternatives have no JSON name: their converter reads and writes them.
        if (property.JsonName is { } jsonName)
        {
            writer.WriteLine($"[{JsonPropertyName}({CSharpLiteral.String(jsonName)})]");
        }

        if (property.JsonRequired)
        {
            writer.WriteLine($"[{JsonRequired}]");
        }

        if (property.IsRequired && property.TypeName.EndsWith("?", System.StringComparison.Ordinal))
        {
            // Required but nullable: null must be written, or the JSON would lack a required property.
            writer.WriteLine($"[{JsonIgnore}(Condition = global::System.Text.Json.Serialization.JsonIgnoreCondition.Never)]");
        }

        var modifiers = property.IsRequired ? "public required " : "public ";
        if (property.Backing is not { } backing)
        {
            writer.WriteLine($"{modifiers}{property.TypeName} {property.Name} {{ get; init; }}");
            return;
        }

        // Collections and free-form JSON are copied into equatable instances on the way in, whoever sets them.
        writer.WriteLine($"{modifiers}{property.TypeName} {property.Name}");
        writer.OpenBlock();
        writer.WriteLine($"get => {backing.ReadExpression};");
        writer.WriteLine($"init => {backing.FieldName} = {backing.CopyExpression};");
        writer.CloseBlock();
        writer.WriteLine();
        // A required property is set through its init accessor; the compiler cannot see that, hence null!.
        var initializer = backing.FieldType.EndsWith("?", System.StringComparison.Ordinal) ? string.Empty : " = null!";
        writer.WriteLine($"private readonly {backing.FieldType} {backing.FieldName}{initializer};");
    }
}
