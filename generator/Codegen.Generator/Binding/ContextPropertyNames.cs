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
/// default is taken gets an explicit TypeInfoPropertyName with a numeric suffix.
/// </summary>
internal static class ContextPropertyNames
{
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["string"] = "String", ["long"] = "Int64", ["int"] = "Int32", ["bool"] = "Boolean", ["double"] = "Double",
        ["float"] = "Single", ["decimal"] = "Decimal", ["object"] = "Object", ["byte"] = "Byte",
    };

    public static ImmutableEquatableArray<SerializableType> Assign(IEnumerable<string> typeNames, string namespaceName)
    {
        var generatedPrefix = "global::" + namespaceName + ".";
        var ordered = typeNames.Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var scope = new NameScope(ordered.Where(t => !IsGenerated(t, generatedPrefix)).Select(DefaultName).ToArray());
        return ordered
            .Select(t =>
            {
                if (!IsGenerated(t, generatedPrefix))
                {
                    return new SerializableType(t, null);
                }

                var name = t.Substring(generatedPrefix.Length);
                var claimed = scope.Claim(name);
                return new SerializableType(t, claimed == name ? null : claimed);
            })
            .ToImmutableEquatableArray();
    }

    private static bool IsGenerated(string typeName, string prefix)
        => typeName.StartsWith(prefix, StringComparison.Ordinal) && typeName.IndexOf('<') < 0 && typeName.IndexOf('.', prefix.Length) < 0;

    /// <summary>What System.Text.Json calls the type: simple names, generic arguments appended, "Array" and "Nullable" spelled out.</summary>
    private static string DefaultName(string type)
    {
        type = type.Trim();
        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            return DefaultName(type.Substring(0, type.Length - 2)) + "Array";
        }

        if (type.EndsWith("?", StringComparison.Ordinal))
        {
            return "Nullable" + DefaultName(type.Substring(0, type.Length - 1));
        }

        var open = type.IndexOf('<');
        if (open < 0)
        {
            return Keywords.TryGetValue(type, out var keyword) ? keyword : Simple(type);
        }

        return Simple(type.Substring(0, open)) + string.Concat(Arguments(type.Substring(open + 1, type.Length - open - 2)).Select(DefaultName));
    }

    private static string Simple(string qualified)
    {
        var dot = qualified.LastIndexOf('.');
        var colon = qualified.LastIndexOf(':');
        return qualified.Substring(Math.Max(dot, colon) + 1);
    }

    /// <summary>Splits generic arguments at top-level commas.</summary>
    private static IEnumerable<string> Arguments(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '<': depth++; break;
                case '>': depth--; break;
                case ',' when depth == 0:
                    yield return list.Substring(start, i - start);
                    start = i + 1;
                    break;
            }
        }

        yield return list.Substring(start);
    }
}
