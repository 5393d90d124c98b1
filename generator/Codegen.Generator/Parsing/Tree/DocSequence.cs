using System.Collections.Generic;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>A sequence (YAML) or array (JSON).</summary>
internal sealed class DocSequence : DocNode
{
    private readonly DocNode[] _items;

    public DocSequence(DocNode[] items, int line, int column)
        : base(line, column)
        => _items = items;

    public IReadOnlyList<DocNode> Children => _items;

    public int Count => _items.Length;

    public DocNode this[int index] => _items[index];
}
