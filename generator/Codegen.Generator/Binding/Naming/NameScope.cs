using System;
using System.Collections.Generic;
using System.Globalization;

namespace Codegen.Generator.Binding.Naming;

/// <summary>
/// Hands out unique names in one C# scope (a namespace, a type's members, a method's parameters).
/// A taken name gets the first free numeric suffix: Name, Name2, Name3. Callers claim in a stable
/// order, so the same spec always gives the same names.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(IEnumerable<string> reserved, StringComparer comparer)
        => _taken = new HashSet<string>(reserved, comparer);

    public NameScope(params string[] reserved)
        : this(reserved, StringComparer.Ordinal)
    {
    }

    public string Claim(string desired)
    {
        if (_taken.Add(desired))
        {
            return desired;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = desired + suffix.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    public void Reserve(string name) => _taken.Add(name);
}
