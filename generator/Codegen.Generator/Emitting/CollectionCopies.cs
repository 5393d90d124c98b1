using System.Globalization;
using Codegen.Generator.Binding.Model;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Builds the expression an init accessor uses to copy a collection into equatable, read-only
/// instances. Nested collections are copied at every level (a list of lists becomes an EquatableArray
/// of EquatableArrays), so equality compares contents all the way down and no level can be cast
/// back to a mutable collection.
/// </summary>
internal static class CollectionCopies
{
    /// <summary>The copy of <paramref name="value"/>, or null when <paramref name="type"/> is not a collection.</summary>
    public static string? Expression(TypeRef type, string value) => Expression(type, value, depth: 1);

    private static string? Expression(TypeRef type, string value, int depth)
    {
        var factory = type.Kind switch
        {
            TypeRefKind.List => KnownTypes.EquatableArray + ".From",
            TypeRefKind.Map => KnownTypes.EquatableDictionary + ".From",
            _ => null,
        };
        if (factory is null)
        {
            return null;
        }

        // Lambda parameters are numbered by depth so nested lambdas never shadow each other.
        var item = "item" + depth.ToString(CultureInfo.InvariantCulture);
        var inner = type.Element is null ? null : Expression(type.Element, item, depth + 1);
        return inner is null
            ? $"{factory}({value})"
            : $"{factory}({value}, static {item} => {inner})";
    }
}
