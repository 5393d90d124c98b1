using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;

namespace Codegen.Generator.Binding;

/// <summary>
/// Decides the backing field of a property whose value must be copied on the way in. Records get
/// their equality from their fields, so: collections (at every nesting level) become EquatableArray /
/// EquatableDictionary, and free-form JSON (JsonElement, which compares by reference) is held in an
/// EquatableJson that compares the JSON deeply. Other properties are auto-properties.
/// </summary>
internal static class BackingFields
{
    public static BackingField? For(TypeRef type, bool nullable, string propertyName, TypeResolver types)
    {
        // Most properties are neither: decided before any name is made.
        if (type.Collection == CollectionKind.None && type.Name != KnownTypes.JsonElement)
        {
            return null;
        }

        var field = "_" + IdentifierNames.Camel(propertyName, "value").TrimStart('@');
        if (types.CopyExpression(type, "value") is { } copy)
        {
            return new BackingField(field, type.Render(nullable), copy, field);
        }

        if (type.Name == KnownTypes.JsonElement)
        {
            var holder = KnownTypes.EquatableJson;
            return new BackingField(
                field,
                nullable ? holder + "?" : holder,
                $"{holder}.From(value)",
                nullable ? field + "?.Value" : field + ".Value");
        }

        return null;
    }
}
