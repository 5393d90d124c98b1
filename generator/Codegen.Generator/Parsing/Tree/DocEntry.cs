namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// One entry of a mapping: its key and its value. A value that is a plain or quoted scalar without a tag (most values
/// of a description: types, formats, names, descriptions) is kept here as its text and position, not as a node. The
/// tree readers still make a node as they read each scalar, but it dies young; one is made again only when someone asks
/// for it, and the readers mostly ask for the text (<see cref="DocMapping.TryGetScalar"/>). A large description's tree
/// then has less than half as many objects for the garbage collector to mark and move while the description is read.
/// </summary>
internal readonly struct DocEntry
{
    /// <summary>The value's node, or the text of a scalar value kept in the entry.</summary>
    private readonly object _value;

    /// <summary>For a scalar kept in the entry: its line, shifted left once, with the plain flag in the low bit (as <see cref="DocKey"/>).</summary>
    private readonly int _scalarLineAndPlain;

    private readonly int _scalarColumn;

    public DocEntry(DocKey key, DocNode value)
    {
        Key = key;

        // Exactly a scalar: a tagged one (a subclass) keeps its node, and with it its tag.
        if (value.GetType() == typeof(DocScalar))
        {
            var scalar = (DocScalar)value;
            _value = scalar.Value;
            _scalarLineAndPlain = (scalar.Line << 1) | (scalar.IsPlain ? 1 : 0);
            _scalarColumn = scalar.Column;
        }
        else
        {
            _value = value;
            _scalarLineAndPlain = 0;
            _scalarColumn = 0;
        }
    }

    public DocKey Key { get; }

    /// <summary>The value as a node; a scalar kept in the entry is made into one for each call.</summary>
    public DocNode Value
        => _value as DocNode ?? new DocScalar((string)_value, (_scalarLineAndPlain & 1) != 0, _scalarLineAndPlain >> 1, _scalarColumn);

    /// <summary>The text of a scalar value (kept in the entry or not), and whether it was written plain; false for a mapping or sequence.</summary>
    public bool TryGetScalar(out string text, out bool isPlain)
    {
        switch (_value)
        {
            case string kept:
                text = kept;
                isPlain = (_scalarLineAndPlain & 1) != 0;
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
}
