using System.Globalization;
using System.Text;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Builds the expression an init accessor uses to copy a collection into equatable, read-only
/// instances. Nested collections are copied at every level (a list of lists becomes an EquatableArray
/// of EquatableArrays), so equality compares contents all the way down and no level can be cast
/// back to a mutable collection.
/// </summary>
internal static class CollectionCopies
{
    /// <summary>Whether <paramref name="type"/> is a collection, which <see cref="Copy"/> copies.</summary>
    public static bool IsCollection(TypeRef type) => Factory(type) is not null;

    /// <summary>The copy of <paramref name="value"/>, a collection of <paramref name="type"/>, appended into the line being written.</summary>
    public readonly struct Copy(TypeRef type, string value) : ISourceText
    {
        public void AppendTo(StringBuilder builder) => Append(builder, type, value, depth: 1);
    }

    private static string? Factory(TypeRef type) => type.Kind switch
    {
        TypeRefKind.List => KnownTypes.EquatableArray + ".From",
        TypeRefKind.Map => KnownTypes.EquatableDictionary + ".From",
        _ => null,
    };

    private static void Append(StringBuilder builder, TypeRef type, string value, int depth)
    {
        builder.Append(Factory(type)).Append('(').Append(value);
        if (type.Element is { } element && IsCollection(element))
        {
            // Lambda parameters are numbered by depth so nested lambdas never shadow each other.
            var item = "item" + depth.ToString(CultureInfo.InvariantCulture);
            builder.Append(", static ").Append(item).Append(" => ");
            Append(builder, element, item, depth + 1);
        }

        builder.Append(')');
    }
}
