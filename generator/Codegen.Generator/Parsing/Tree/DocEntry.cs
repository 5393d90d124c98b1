namespace Codegen.Generator.Parsing.Tree;

/// <summary>One entry of a mapping: its key and its value (an untagged scalar value kept as parts, see <see cref="DocValue"/>).</summary>
internal readonly struct DocEntry
{
    private readonly DocValue _value;

    public DocEntry(DocKey key, DocValue value)
    {
        Key = key;
        _value = value;
    }

    public DocKey Key { get; }

    /// <summary>The value as a node; a scalar kept as parts is made into one for each call.</summary>
    public DocNode Value => _value.ToNode();

    /// <summary>The text of a scalar value and whether it was written plain, without making a node; false for a mapping or a sequence.</summary>
    public bool TryGetScalar(out string text, out bool isPlain) => _value.TryGetScalar(out text, out isPlain);
}
