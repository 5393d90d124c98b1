using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Binds a string or integer enum schema to a forward-compatible enum struct. Member names follow
/// the naming rule (docs/naming.md): string values go through <see cref="IdentifierNames.Pascal"/>
/// ("" → Empty), integers become Value{n} / ValueMinus{n}; collisions get numeric suffixes in spec
/// order ("foo", "Foo" → Foo, Foo2), so names are stable while the value list only grows at the end.
/// </summary>
internal static class EnumBinder
{
    /// <summary>Members the enum struct itself declares.</summary>
    private static readonly ReservedNames EnumMembers = new(
        "a member every generated enum has",
        "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize");

    public static EnumModel Bind(ApiSchema schema, string name, string converterName, List<SpecDiagnostic> diagnostics)
    {
        var isInteger = SchemaShapes.IsIntegerEnum(schema);
        var scope = new NameScope(EnumMembers, schema.EnumValues.Count + 1);
        scope.Reserve(name, NameScope.EnclosingType);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<EnumMemberModel>();
        foreach (var value in schema.EnumValues)
        {
            var text = isInteger ? Integer(value.Json) : value.StringValue!;
            if (!seen.Add(text))
            {
                continue;
            }

            var desired = isInteger ? IntegerMemberName(text) : IdentifierNames.Pascal(text, "Empty");
            members.Add(new EnumMemberModel(Renames.Claim(scope, desired, text, schema.Location, diagnostics), text));
        }

        return new EnumModel(name, converterName, RecordBinder.DocumentationOf(schema), schema.Deprecated, members.ToImmutableEquatableArray(), ValueTypeOf(schema));
    }

    /// <summary>What the enum struct wraps: format int32 (values that fit) is an int, other integers a long.</summary>
    public static EnumValueType ValueTypeOf(ApiSchema schema)
        => !SchemaShapes.IsIntegerEnum(schema) ? EnumValueType.String
            : SchemaShapes.IsInt32Enum(schema) ? EnumValueType.Int32
            : EnumValueType.Int64;

    public static GeneratedKind GeneratedKindOf(ApiSchema schema) => GeneratedKindOf(ValueTypeOf(schema));

    public static GeneratedKind GeneratedKindOf(EnumValueType valueType) => valueType switch
    {
        EnumValueType.Int32 => GeneratedKind.Int32Enum,
        EnumValueType.Int64 => GeneratedKind.IntegerEnum,
        _ => GeneratedKind.StringEnum,
    };

    /// <summary>The value in invariant digits, so "+1" and "01" are the value 1.</summary>
    private static string Integer(string json)
        => long.Parse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    private static string IntegerMemberName(string digits)
        => digits.StartsWith("-", StringComparison.Ordinal) ? "ValueMinus" + digits.Substring(1) : "Value" + digits;
}
