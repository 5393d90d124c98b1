namespace Codegen.Generator.Binding;

/// <summary>A C# type chosen for a schema. <see cref="Name"/> is global::-qualified and never nullable-annotated.</summary>
/// <param name="CollectionFactory">For IReadOnlyList/IReadOnlyDictionary: the method that copies a value into the equatable collection.</param>
internal sealed record TypeRef(string Name, bool IsValueType, string? CollectionFactory = null)
{
    public string Nullable() => Name + "?";

    public string Render(bool nullable) => nullable ? Nullable() : Name;
}
