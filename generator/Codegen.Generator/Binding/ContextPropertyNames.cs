using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;

namespace Codegen.Generator.Binding;

/// <summary>
/// Names the JSON context's properties. System.Text.Json names each after its type's simple name
/// (<c>String</c>, <c>Int64</c>, <c>IReadOnlyListPet</c>), so a framework type a union or an operation
/// needs can collide with a generated type of that name (schema "String"), and the generator would drop
/// one with warning SYSLIB1031. Framework types keep their default (System.Text.Json cannot rename its
/// built-in primitives: it then refers to a converter that does not exist); a generated type whose
/// default is taken gets an explicit TypeInfoPropertyName with a numeric suffix, claimed in name order.
/// </summary>
internal static class ContextPropertyNames
{
    public static ImmutableEquatableArray<SerializableType> Assign(IEnumerable<TypeRef> types)
    {
        var distinct = types.Distinct().ToList();
        var generated = OrdinalOrder.ByUniqueKey(distinct.Where(t => t.Kind == TypeRefKind.Generated), t => t.Name!);
        var others = distinct.Where(t => t.Kind != TypeRefKind.Generated).Select(t => (Type: t, Name: DefaultName(t))).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var scope = new NameScope(others.Select(t => t.Name).ToArray());
        var named = generated.Select(t =>
        {
            var claimed = scope.Claim(t.Name!);
            return new SerializableType(t, claimed == t.Name ? null : claimed);
        });
        return others.Select(t => new SerializableType(t.Type, null)).Concat(named).ToImmutableEquatableArray();
    }

    /// <summary>What System.Text.Json calls the type: simple names, generic arguments appended, "Array" and "Nullable" spelled out.</summary>
    private static string DefaultName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Generated => type.Name!,
        TypeRefKind.List => "IReadOnlyList" + ElementName(type),
        TypeRefKind.Map => "IReadOnlyDictionary" + "String" + ElementName(type),
        _ => BuiltinName(type.Builtin),
    };

    private static string ElementName(TypeRef collection)
        => (collection.ElementNullable ? "Nullable" : string.Empty) + DefaultName(collection.Element!);

    private static string BuiltinName(BuiltinType builtin) => builtin switch
    {
        BuiltinType.String => "String",
        BuiltinType.Bool => "Boolean",
        BuiltinType.Int => "Int32",
        BuiltinType.Long => "Int64",
        BuiltinType.Float => "Single",
        BuiltinType.Double => "Double",
        BuiltinType.Decimal => "Decimal",
        BuiltinType.Bytes => "ByteArray",
        BuiltinType.MultipartItems => "IEnumerableMultipartItem",
        BuiltinType.FormFields => "DictionaryStringString",
        _ => builtin.ToString(),
    };
}
