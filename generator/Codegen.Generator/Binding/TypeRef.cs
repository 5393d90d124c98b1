namespace Codegen.Generator.Binding;

/// <summary>How a collection type is copied into its equatable, read-only implementation.</summary>
internal enum CollectionKind
{
    None,
    List,
    Map,
}

/// <summary>A C# type chosen for a schema. <see cref="Name"/> is global::-qualified and never nullable-annotated.</summary>
/// <param name="Collection">For IReadOnlyList/IReadOnlyDictionary: which equatable collection a value is copied into.</param>
/// <param name="Element">For collections: the element (list) or value (map) type, rendered with <paramref name="ElementNullable"/>.</param>
internal sealed record TypeRef(string Name, bool IsValueType, CollectionKind Collection = CollectionKind.None, TypeRef? Element = null, bool ElementNullable = false)
{
    public string Nullable() => Name + "?";

    public string Render(bool nullable) => nullable ? Nullable() : Name;
}
