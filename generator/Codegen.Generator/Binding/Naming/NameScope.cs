using System;
using System.Collections.Generic;
using System.Globalization;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Binding.Naming;

/// <summary>
/// Hands out unique names in one C# scope (a namespace, a type's members, a method's parameters).
/// A taken name gets the first free numeric suffix: Name, Name2, Name3 (the one collision rule of
/// docs/naming.md). Callers claim in a stable order, so the same spec always gives the same names.
/// Each name remembers who holds it, so a rename can say what it collided with (OAG0011).
/// </summary>
/// <remarks>
/// Most scopes are a type's members or a method's parameters, a few dozen names: those are a list scanned
/// with the comparer, and only a scope that grows past <see cref="ListLimit"/> names gets a hash table
/// (there are tens of thousands of small scopes in a large description, and a set per scope was a tenth of binding's allocations).
/// The members every record or enum has are one shared <see cref="ReservedNames"/>, not copied into each scope.
/// </remarks>
internal sealed class NameScope
{
    /// <summary>The holder of a name reserved without saying why.</summary>
    public const string GeneratedName = "a name the generated code uses";

    /// <summary>The holder of a type's own name in its member scope: C# forbids a member named like its type (CS0542).</summary>
    public const string EnclosingType = "the name of the enclosing type, which C# forbids for a member";

    private const int ListLimit = 32;

    private readonly StringComparer _comparer;
    private readonly ReservedNames? _shared;

    /// <summary>The names of a small scope, and beside them who holds each: a scan reads only the names.</summary>
    private readonly List<string> _names;

    private readonly List<NameHolder> _holders;
    private Dictionary<string, NameHolder>? _table;

    /// <summary>
    /// Where the numbered search for each wanted name goes on. The numbers below it were all taken when tried and
    /// names are never given back, so it is still the first free number from 2; a name wanted thousands of times
    /// (one operationId repeated) costs one try each instead of a count from 2 each time.
    /// </summary>
    private Dictionary<string, int>? _nextSuffix;

    /// <param name="reserved">Names taken from the start.</param>
    /// <param name="ignoreCase">Whether names that differ only in case are one name (type names: file names are, on some file systems).</param>
    public NameScope(IEnumerable<string> reserved, bool ignoreCase)
    {
        // Ordinal, with or without case: equal names are then as long as each other, which a scan checks first.
        _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var capacity = reserved is ICollection<string> collection ? Math.Min(collection.Count + 12, ListLimit) : 8;
        _names = new List<string>(capacity);
        _holders = new List<NameHolder>(capacity);
        foreach (var name in reserved)
        {
            Add(name, new NameHolder(GeneratedName));
        }
    }

    public NameScope(params string[] reserved)
        : this(reserved, ignoreCase: false)
    {
    }

    /// <summary>An ordinal scope in which <paramref name="shared"/> names are taken, for about <paramref name="capacity"/> names of its own.</summary>
    public NameScope(ReservedNames shared, int capacity)
    {
        _comparer = StringComparer.Ordinal;
        _shared = shared;
        _names = new List<string>(Math.Min(capacity, ListLimit));
        _holders = new List<NameHolder>(Math.Min(capacity, ListLimit));
    }

    /// <summary>Claims <paramref name="desired"/> or, when it is taken, the first free Name2, Name3...</summary>
    /// <param name="holder">Who the name is for, as the rename warning of a later claim says it: "the name of 'page-size'".</param>
    /// <param name="ending">A fixed ending the number goes before: ListPets + Async gives ListPetsAsync, ListPets2Async.</param>
    public string Claim(string desired, string holder = GeneratedName, string ending = "")
        => Claim(desired, new NameHolder(holder), ending);

    /// <summary>Claims a name for something of the description, which a rename warning names with its location.</summary>
    public string Claim(string desired, NameHolder holder, string ending = "")
    {
        var wanted = ending.Length == 0 ? desired : desired + ending;
        if (Add(wanted, holder))
        {
            return wanted;
        }

        _nextSuffix ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var key = ending.Length == 0 ? desired : desired + "\0" + ending;
        for (var suffix = _nextSuffix.TryGetValue(key, out var next) ? next : 2; ; suffix++)
        {
            var candidate = desired + suffix.ToString(CultureInfo.InvariantCulture) + ending;
            if (Add(candidate, holder))
            {
                _nextSuffix[key] = suffix + 1;
                return candidate;
            }
        }
    }

    /// <summary>Takes <paramref name="name"/> without renaming: a member the generated type declares itself.</summary>
    /// <param name="holder">Why the name is taken, read after "already": "a member every record has".</param>
    public void Reserve(string name, string holder = GeneratedName) => Add(name, new NameHolder(holder));

    /// <summary>
    /// Frees every name but the shared reserved ones: a binder that is done with one type's members (or one method's
    /// parameters) names the next ones in the same scope instead of making a scope per type.
    /// </summary>
    public void Clear()
    {
        _names.Clear();
        _holders.Clear();
        _table = null;
        _nextSuffix = null;
    }

    /// <summary>Who holds <paramref name="name"/>; null when it is free.</summary>
    public NameHolder? HolderOf(string name)
    {
        if (_shared?.HolderOf(name) is { } shared)
        {
            return new NameHolder(shared);
        }

        if (_table is not null)
        {
            return _table.TryGetValue(name, out var holder) ? holder : null;
        }

        var at = IndexInList(name);
        return at < 0 ? null : _holders[at];
    }

    /// <summary>Takes <paramref name="name"/>; false when it was already taken.</summary>
    private bool Add(string name, NameHolder holder)
    {
        if (_shared is not null && _shared.HolderOf(name) is not null)
        {
            return false;
        }

        if (_table is not null)
        {
            if (_table.ContainsKey(name))
            {
                return false;
            }

            _table.Add(name, holder);
            return true;
        }

        if (IndexInList(name) >= 0)
        {
            return false;
        }

        if (_names.Count < ListLimit)
        {
            _names.Add(name);
            _holders.Add(holder);
        }
        else
        {
            _table = new Dictionary<string, NameHolder>(_comparer) { [name] = holder };
            for (var i = 0; i < _names.Count; i++)
            {
                _table.Add(_names[i], _holders[i]);
            }

            _names.Clear();
            _holders.Clear();
        }

        return true;
    }

    /// <summary>Where <paramref name="name"/> is among the names of a small scope; -1 when it is not.</summary>
    private int IndexInList(string name)
    {
        for (var i = 0; i < _names.Count; i++)
        {
            var taken = _names[i];
            if (taken.Length == name.Length && _comparer.Equals(taken, name))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// Names every scope of a kind takes, each with why (the members every C# record has): one list shared by those
/// scopes, never changed once made, so scopes on any thread may read it.
/// </summary>
internal sealed class ReservedNames
{
    private readonly KeyValuePair<string, string>[] _names;

    /// <param name="names">The names, each held by <paramref name="holder"/> (read after "already").</param>
    public ReservedNames(string holder, params string[] names)
    {
        _names = new KeyValuePair<string, string>[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            _names[i] = new KeyValuePair<string, string>(names[i], holder);
        }
    }

    /// <summary>Why <paramref name="name"/> is taken; null when it is not one of these.</summary>
    public string? HolderOf(string name)
    {
        // Asked for every member of every record.
        foreach (var taken in _names)
        {
            if (OrdinalText.Same(taken.Key, name))
            {
                return taken.Value;
            }
        }

        return null;
    }
}

/// <summary>
/// What holds a name, as a rename warning says it ("the name of 'page-size'"), and where that is, if in the description.
/// Only a rename reads the description, and most names are never renamed: a holder quoting a name of the description
/// keeps the name and makes the text when asked.
/// </summary>
internal readonly struct NameHolder
{
    private readonly string _text;
    private readonly string? _quoted;

    /// <param name="description">The whole description: "a member every C# record has".</param>
    public NameHolder(string description, SourceLocation? location = null)
    {
        _text = description;
        _quoted = null;
        Location = location;
    }

    /// <summary>A description that quotes a name of the description: "the name of " and "page-size" say "the name of 'page-size'".</summary>
    private NameHolder(string prefix, string quoted, SourceLocation location)
    {
        _text = prefix;
        _quoted = quoted;
        Location = location;
    }

    public string Description => _quoted is null ? _text : _text + "'" + _quoted + "'";

    public SourceLocation? Location { get; }

    /// <summary>The holder "the name of '<paramref name="specName"/>'".</summary>
    public static NameHolder NameOf(string specName, SourceLocation location) => new("the name of ", specName, location);

    /// <summary>The holder "<paramref name="prefix"/>'<paramref name="specName"/>'": "the Refit method of 'getPet'".</summary>
    public static NameHolder Quoting(string prefix, string specName, SourceLocation location) => new(prefix, specName, location);

    /// <summary>The holder as seen from a rename at <paramref name="renamed"/>: the line and column in the same file, the path otherwise.</summary>
    public string DescribeFrom(SourceLocation renamed)
        => Location is not { } location || location == renamed ? Description
            : location.FilePath == renamed.FilePath ? Description + FormattableString.Invariant($" at line {location.Line}, column {location.Column}")
            : Description + " at " + location;
}
