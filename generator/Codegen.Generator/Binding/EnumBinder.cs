using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Binds a string enum schema to a forward-compatible enum struct.</summary>
internal static class EnumBinder
{
    /// <summary>Members the enum struct itself declares.</summary>
    private static readonly string[] EnumMembers =
    {
        "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
    };

    public static EnumModel Bind(ApiSchema schema, string name, string converterName)
    {
        var scope = new NameScope(EnumMembers.Concat(new[] { name }).ToArray());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<EnumMemberModel>();
        foreach (var value in schema.EnumValues)
        {
            var text = value.StringValue!;
            if (!seen.Add(text))
            {
                continue;
            }

            members.Add(new EnumMemberModel(scope.Claim(IdentifierNames.Pascal(text, "Empty")), text));
        }

        return new EnumModel(name, converterName, RecordBinder.DocumentationOf(schema), schema.Deprecated, members.ToImmutableEquatableArray());
    }
}
