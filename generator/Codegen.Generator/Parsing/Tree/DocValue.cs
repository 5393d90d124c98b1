namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// A value of a description: a node, or the parts of an untagged scalar (text, style, position) not made into one.
/// Mappings keep their scalar values as parts (<see cref="DocEntry"/>): most values of a description are scalars
/// (types, formats, names, descriptions), and a node object for each was half of a large tree's objects, every one
/// of them marked and moved by each collection the tree lived through. The tree readers hand values over in this
/// form too, so they make a node only for a scalar that needs one: a sequence's item, or the document itself.
/// </summary>
internal readonly struct DocValue
{
    /// <summary>The node, or the text of a scalar kept as parts.</summary>
    private readonly object _value;

    /// <summary>For a scalar kept as parts: its line, shifted left once, with the plain flag in the low bit (as <see cref="DocKey"/>).</summary>
    private readonly int _lineAndPlain;

    private readonly int _column;

    private DocValue(object value, int lineAndPlain, int column)
    {
        _value = value;
        _lineAndPlain = lineAndPlain;
        _column = column;
    }

    /// <summary>
    /// A node as a value. An untagged scalar node is taken apart (a tagged one, a subclass, stays a node, and keeps its
    /// tag); the node itself is then left to die young.
    /// </summary>
    public static implicit operator DocValue(DocNode node)
        => node.GetType() == typeof(DocScalar) && node is DocScalar scalar
            ? Scalar(scalar.Value, scalar.IsPlain, scalar.Line, scalar.Column)
            : new DocValue(node, 0, 0);

    /// <summary>An untagged scalar, not made into a node.</summary>
    public static DocValue Scalar(string text, bool isPlain, int line, int column) => new(text, (line << 1) | (isPlain ? 1 : 0), column);

    /// <summary>The text of a scalar value and whether it was written plain; false for a mapping or a sequence.</summary>
    public bool TryGetScalar(out string text, out bool isPlain)
    {
        switch (_value)
        {
            case string kept:
                text = kept;
                isPlain = (_lineAndPlain & 1) != 0;
                return true;
            case DocScalar scalar:
                text = scalar.Value;
                isPlain = scalar.IsPlain;
                return true;
            default:
                text = string.Empty;
                isPlain = false;
                return false;
        }
    }

    /// <summary>The value as a node: the node it is, or a new one made from the scalar's parts each time.</summary>
    public DocNode ToNode() => _value as DocNode ?? new DocScalar((string)_value, (_lineAndPlain & 1) != 0, _lineAndPlain >> 1, _column);
}
