namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// A node of a loaded description (YAML, or JSON read as YAML): a scalar, a sequence or a mapping, with
/// the line and column it starts at, 1-based and counted in UTF-16 characters, as YamlDotNet marks them.
/// </summary>
/// <remarks>
/// Our own tree rather than YamlDotNet's: it keeps only what the readers use (no end marks, anchors or
/// tags per node, no structural hashing), so a large description costs a fraction of the memory, and JSON
/// can be read into it without going through a YAML parser at all. Nodes are immutable once built
/// (a large mapping makes its lookup index on first use, which changes nothing it answers).
/// </remarks>
internal abstract class DocNode
{
    /// <summary>
    /// The line, shifted left once, with a flag in the low bit for a kind of node to use (a scalar's plainness):
    /// a scalar then takes four words rather than five, and a large description has hundreds of thousands.
    /// </summary>
    private readonly int _lineAndFlag;

    protected DocNode(int line, int column, bool flag = false)
    {
        _lineAndFlag = (line << 1) | (flag ? 1 : 0);
        Column = column;
    }

    public int Line => _lineAndFlag >> 1;

    public int Column { get; }

    /// <summary>The flag given to the constructor; what it means is the subclass's.</summary>
    protected bool Flag => (_lineAndFlag & 1) != 0;
}

/// <summary>A scalar: its text, whether it was written plain (so null, booleans and numbers apply), and its tag if it had one.</summary>
internal class DocScalar : DocNode
{
    public DocScalar(string value, bool isPlain, int line, int column)
        : base(line, column, flag: isPlain)
        => Value = value;

    public string Value { get; }

    public bool IsPlain => Flag;

    /// <summary>An explicit tag (<c>!!str</c>, <c>!foo</c>); null when none. A tagged key is not found by name, as in YamlDotNet.</summary>
    /// <remarks>Only YamlDotNet's loader reads tags (<see cref="DocTaggedScalar"/>); the other scalars have no field for one.</remarks>
    public virtual string? Tag => null;

    /// <summary>A node made by a reader rather than read (a synthetic $ref); it is located at the start of the file.</summary>
    public static DocScalar Synthetic(string value) => new(value, isPlain: true, line: 1, column: 1);
}

/// <summary>A scalar with an explicit tag, as YamlDotNet's loader reads it (<see cref="YamlNodeConverter"/>).</summary>
internal sealed class DocTaggedScalar : DocScalar
{
    public DocTaggedScalar(string value, bool isPlain, int line, int column, string tag)
        : base(value, isPlain, line, column)
        => Tag = tag;

    public override string? Tag { get; }
}
