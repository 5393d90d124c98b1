using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// Copies a tree YamlDotNet loaded (the path for documents with anchors, aliases or tags, see
/// <see cref="YamlText"/>) into our nodes. An alias is a second reference to the node it names, as in
/// YamlDotNet's tree, so a shared part is copied once; <see cref="AliasCheck"/> has already refused
/// cycles and explosive expansion, so walking it terminates.
/// </summary>
internal static class YamlNodeConverter
{
    public static DocNode Convert(YamlNode root) => Convert(root, new Dictionary<YamlNode, DocNode>(ReferenceComparer.Instance));

    private static DocNode Convert(YamlNode node, Dictionary<YamlNode, DocNode> converted)
    {
        if (converted.TryGetValue(node, out var done))
        {
            return done;
        }

        DocNode result;
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        switch (node)
        {
            case YamlScalarNode scalar:
                var value = scalar.Value ?? string.Empty;
                var isPlain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
                result = scalar.Tag.IsEmpty
                    ? new DocScalar(value, isPlain, line, column)
                    : new DocTaggedScalar(value, isPlain, line, column, scalar.Tag.Value);
                break;
            case YamlSequenceNode sequence:
                var items = new DocNode[sequence.Children.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Convert(sequence.Children[i], converted);
                }

                result = new DocSequence(items, line, column);
                break;
            case YamlMappingNode mapping:
                var keys = new DocNode[mapping.Children.Count];
                var values = new DocNode[keys.Length];
                var index = 0;
                foreach (var entry in mapping.Children)
                {
                    keys[index] = Convert(entry.Key, converted);
                    values[index] = Convert(entry.Value, converted);
                    index++;
                }

                result = DocMapping.FromNodes(keys, values, line, column);
                break;
            default:
                // Aliases are resolved by the loader; anything else reads as an empty plain scalar (null).
                result = new DocScalar(string.Empty, isPlain: true, line, column);
                break;
        }

        converted[node] = result;
        return result;
    }

    /// <summary>YamlNode's own equality is structural; identity is what an alias shares.</summary>
    private sealed class ReferenceComparer : IEqualityComparer<YamlNode>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(YamlNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
