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
    /// <summary>Name + "?", made once: most properties and parameters are nullable, and types are shared.</summary>
    private string? _nullable;

    public string Nullable() => _nullable ??= Name + "?";

    public string Render(bool nullable) => nullable ? Nullable() : Name;

    /// <summary>By the positional members only: <see cref="_nullable"/> is a cache of <see cref="Name"/>.</summary>
    public bool Equals(TypeRef? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Name == other.Name && IsValueType == other.IsValueType && Collection == other.Collection
                   && Equals(Element, other.Element) && ElementNullable == other.ElementNullable));

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Name.GetHashCode();
            hash = (hash * 31) + IsValueType.GetHashCode();
            hash = (hash * 31) + (int)Collection;
            hash = (hash * 31) + (Element?.GetHashCode() ?? 0);
            return (hash * 31) + ElementNullable.GetHashCode();
        }
    }
}
