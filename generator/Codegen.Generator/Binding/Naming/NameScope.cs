using System;
using System.Collections.Generic;
using System.Globalization;

namespace Codegen.Generator.Binding.Naming;

/// <summary>
/// Hands out unique names in one C# scope (a namespace, a type's members, a method's parameters).
/// A taken name gets the first free numeric suffix: Name, Name2, Name3. Callers claim in a stable
/// order, so the same spec always gives the same names.
/// </summary>
/// <remarks>
/// Most scopes are a type's members or a method's parameters, a few dozen names: those are a list scanned
/// with the comparer, and only a scope that grows past <see cref="ListLimit"/> names gets a hash set
/// (there are tens of thousands of small scopes in a large description, and a set per scope was a tenth of binding's allocations).
/// </remarks>
internal sealed class NameScope
{
    private const int ListLimit = 32;

    private readonly StringComparer _comparer;
    private readonly List<string> _list;
    private HashSet<string>? _set;

    public NameScope(IEnumerable<string> reserved, StringComparer comparer)
    {
        _comparer = comparer;
        _list = new List<string>(reserved is ICollection<string> collection ? Math.Min(collection.Count + 12, ListLimit) : 8);
        foreach (var name in reserved)
        {
            Add(name);
        }
    }

    public NameScope(params string[] reserved)
        : this(reserved, StringComparer.Ordinal)
    {
    }

    public string Claim(string desired)
    {
        if (Add(desired))
        {
            return desired;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = desired + suffix.ToString(CultureInfo.InvariantCulture);
            if (Add(candidate))
            {
                return candidate;
            }
        }
    }

    public void Reserve(string name) => Add(name);

    /// <summary>Takes <paramref name="name"/>; false when it was already taken.</summary>
    private bool Add(string name)
    {
        if (_set is not null)
        {
            return _set.Add(name);
        }

        foreach (var taken in _list)
        {
            if (_comparer.Equals(taken, name))
            {
                return false;
            }
        }

        if (_list.Count < ListLimit)
        {
            _list.Add(name);
        }
        else
        {
            _set = new HashSet<string>(_list, _comparer) { name };
            _list.Clear();
        }

        return true;
    }
}
