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
    public static BackingField? For(TypeRef type, string propertyName)
    {
        var kind = type.IsCollection ? BackingKind.EquatableCollection
            : type.IsBuiltin(BuiltinType.JsonElement) ? BackingKind.EquatableJson
            : (BackingKind?)null;
        return kind is { } held ? new BackingField("_" + IdentifierNames.Camel(propertyName, "value").TrimStart('@'), held) : null;
    }
}
