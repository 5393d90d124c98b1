using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Parsing;

/// <summary>
/// YAML aliases make the tree a graph: an alias inside its own anchor is a cycle, aliases of
/// aliases multiply ("billion laughs"), and aliases inside anchors nest deeper than anything written.
/// Every reader after parsing walks trees, so such a document would loop, explode or overflow the
/// stack; it is refused here, located at the alias.
/// </summary>
internal static class AliasCheck
{
    /// <summary>How many nodes aliases may add when expanded: generous for reuse, far from an explosion.</summary>
    public const long MaxExtraNodes = 100_000;

    public static SpecDiagnostic? Check(string path, YamlNode root, IReadOnlyDictionary<string, Mark> firstAliases)
    {
        if (firstAliases.Count == 0)
        {
            return null;
        }

        var expanded = new Dictionary<YamlNode, long>(ByReference.Instance);
        var depths = new Dictionary<YamlNode, int>(ByReference.Instance);
        var onPath = new HashSet<YamlNode>(ByReference.Instance);
        var stack = new Stack<(YamlNode Node, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (childrenDone)
            {
                onPath.Remove(node);
                expanded[node] = Children(node).Aggregate(1L, (total, child) => SaturatingAdd(total, expanded[child]));
                depths[node] = node is YamlScalarNode ? 0 : 1 + Children(node).Aggregate(0, (deepest, child) => Math.Max(deepest, depths[child]));
                continue;
            }

            if (expanded.ContainsKey(node))
            {
                continue;
            }

            if (!onPath.Add(node))
            {
                return Report(path, node, firstAliases, "is used inside the node it names, which makes the document infinite");
            }

            stack.Push((node, true));
            foreach (var child in Children(node))
            {
                if (onPath.Contains(child))
                {
                    return Report(path, child, firstAliases, "is used inside the node it names, which makes the document infinite");
                }

                if (!expanded.ContainsKey(child))
                {
                    stack.Push((child, false));
                }
            }
        }

        if (expanded[root] - expanded.Count > MaxExtraNodes)
        {
            return Report(path, null, firstAliases, $"expands the document by more than {MaxExtraNodes} nodes; write the repeated parts once under components and $ref them");
        }

        // The parser limits the nesting written, but an alias inside an anchor nests the node it names once more:
        // a chain of them reaches thousands of levels within the limit on nodes added. Blamed on the deepest node named.
        return depths[root] > GuardedParser.MaxDepth
            ? Report(path, DeepestAnchored(depths, firstAliases), firstAliases, $"nests the document more than {GuardedParser.MaxDepth} levels deep once expanded; write the repeated parts once under components and $ref them")
            : null;
    }

    /// <summary>Of the nodes an alias names, the deepest (the first found of equals).</summary>
    private static YamlNode? DeepestAnchored(Dictionary<YamlNode, int> depths, IReadOnlyDictionary<string, Mark> firstAliases)
    {
        YamlNode? deepest = null;
        foreach (var (node, depth) in depths.Select(d => (d.Key, d.Value)))
        {
            if (!node.Anchor.IsEmpty && firstAliases.ContainsKey(node.Anchor.Value) && (deepest is null || depth > depths[deepest]))
            {
                deepest = node;
            }
        }

        return deepest;
    }

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.SelectMany(entry => new[] { entry.Key, entry.Value }),
        YamlSequenceNode sequence => sequence.Children,
        _ => Enumerable.Empty<YamlNode>(),
    };

    /// <summary>YamlNode's own equality is structural (and would recurse forever on a cycle); identity is what matters here.</summary>
    private sealed class ByReference : IEqualityComparer<YamlNode>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(YamlNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>Nested aliases can exceed any integer; the count only has to stay above the limit.</summary>
    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>Located at the first use of the node's alias, or of the first alias when the culprit has no anchor of its own.</summary>
    private static SpecDiagnostic Report(string path, YamlNode? node, IReadOnlyDictionary<string, Mark> firstAliases, string problem)
    {
        var anchor = node is not null && !node.Anchor.IsEmpty && firstAliases.ContainsKey(node.Anchor.Value)
            ? node.Anchor.Value
            : firstAliases.OrderBy(a => a.Value.Index).First().Key;
        return SpecDiagnostic.Create(DiagnosticDescriptors.AliasMisuse, YamlText.Location(path, firstAliases[anchor]), anchor, problem);
    }
}
