namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// A mapping key: its text, whether it was written plain, and where it starts. A value rather than a node:
/// every value of a description has a key, and a node object for each was most of what a large tree cost.
/// </summary>
internal readonly struct DocKey
{
    /// <summary>The line, shifted left once, with the plain flag in the low bit: the entry then fits in three words.</summary>
    private readonly int _lineAndPlain;

    public DocKey(string? value, bool isPlain, int line, int column)
    {
        Value = value;
        _lineAndPlain = (line << 1) | (isPlain ? 1 : 0);
        Column = column;
    }

    /// <summary>The text; null for a key that is not a scalar (YAML allows them; nothing finds them by name).</summary>
    public string? Value { get; }

    public bool IsPlain => (_lineAndPlain & 1) != 0;

    public int Line => _lineAndPlain >> 1;

    public int Column { get; }

    /// <summary>A key made by a reader rather than read; like <see cref="DocScalar.Synthetic"/>, located at the start of the file.</summary>
    public static DocKey Synthetic(string value) => new(value, isPlain: true, line: 1, column: 1);

    public static DocKey Of(DocNode node)
        => node is DocScalar scalar
            ? new DocKey(scalar.Value, scalar.IsPlain, scalar.Line, scalar.Column)
            : new DocKey(null, isPlain: false, node.Line, node.Column);

    /// <summary>The key as a node, made on request (diagnostics and tests ask; readers use the text).</summary>
    public DocScalar ToNode() => new(Value ?? string.Empty, IsPlain, Line, Column);
}
