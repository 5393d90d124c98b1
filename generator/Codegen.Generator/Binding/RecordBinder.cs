using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Binds an object schema to a record: property names, types, requiredness and collection copies.</summary>
internal static class RecordBinder
{
    /// <summary>Members every record has; a spec property may not take these names.</summary>
    private static readonly string[] RecordMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers", "MemberwiseClone", "Finalize",
    };

    public static RecordModel Bind(ApiSchema schema, string name, SchemaShapes shapes, TypeResolver types)
    {
        var scope = new NameScope(RecordMembers.Concat(new[] { name }).ToArray());
        var properties = shapes.EffectiveProperties(schema)
            .Select(entry => BindProperty(entry.Property, entry.Required, name, scope, shapes, types))
            .ToImmutableEquatableArray();

        var extensionData = SchemaShapes.AllowsUnknownProperties(schema) ? scope.Claim("AdditionalProperties") : null;
        return new RecordModel(name, DocumentationOf(schema), schema.Deprecated, properties, extensionData);
    }

    public static Documentation DocumentationOf(ApiSchema schema)
    {
        // The title names the schema; the description explains it. Show both when both are given.
        return schema.Description is not null && schema.Title is not null
            ? new Documentation(schema.Title, schema.Description)
            : new Documentation(schema.Description ?? schema.Title, null);
    }

    private static PropertyModel BindProperty(ApiProperty property, bool required, string typeName, NameScope scope, SchemaShapes shapes, TypeResolver types)
    {
        var schema = shapes[property.SchemaId];
        var desired = IdentifierNames.Pascal(property.JsonName, "Property");
        if (desired == typeName)
        {
            // A member may not share its type's name (CS0542).
            desired += "Value";
        }

        var name = scope.Claim(desired);

        // readOnly/writeOnly properties are present in one direction only, so they cannot be required in both.
        var isRequired = required && !schema.ReadOnly && !schema.WriteOnly;
        var nullable = !isRequired || types.IsNullable(property.SchemaId);
        var type = types.Resolve(property.SchemaId);
        var collection = type.CollectionFactory is null
            ? null
            : new CollectionCopy("_" + IdentifierNames.Camel(name, "value").TrimStart('@'), type.CollectionFactory);

        var unwrapped = shapes.Unwrap(schema);
        var docs = new Documentation(property.Description ?? schema.Description ?? schema.Title ?? unwrapped.Description ?? unwrapped.Title, null);
        return new PropertyModel(name, property.JsonName, type.Render(nullable), isRequired, docs, schema.Deprecated, collection);
    }
}
