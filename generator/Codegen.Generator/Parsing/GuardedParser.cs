using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Passes YAML events through to the tree loader, but stops a document that nests deeper than
/// <see cref="MaxDepth"/>: YamlDotNet and the readers after it recurse once per level, and a stack
/// overflow would take the compiler down with it. Also notes where each alias is first used, so a
/// problem with an alias can be reported there.
/// </summary>
internal sealed class GuardedParser : IParser
{
    /// <summary>Far beyond real descriptions (a few dozen levels), far below what a 1 MB thread stack survives.</summary>
    public const int MaxDepth = 200;

    private readonly IParser _inner;
    private int _depth;

    public GuardedParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    /// <summary>Where the nesting limit was crossed, once it has been.</summary>
    public Mark? TooDeepAt { get; private set; }

    /// <summary>Anchor name → where an alias to it first appears.</summary>
    public Dictionary<string, Mark> FirstAliases { get; } = new(StringComparer.Ordinal);

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        switch (_inner.Current)
        {
            case MappingStart or SequenceStart:
                if (++_depth > MaxDepth)
                {
                    TooDeepAt = _inner.Current.Start;
                    throw new YamlException(_inner.Current.Start, _inner.Current.End, "nesting limit reached");
                }

                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
            case AnchorAlias alias when !FirstAliases.ContainsKey(alias.Value.Value):
                FirstAliases.Add(alias.Value.Value, alias.Start);
                break;
        }

        return true;
    }
}
