using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// Builds our tree straight from YamlDotNet's parser events, without YamlDotNet's own tree in between.
/// It covers what descriptions are made of: one document of mappings, sequences and scalars. For
/// anything else (anchors and aliases, tags, duplicate or non-scalar keys, several documents, nesting
/// past the limit, a syntax error) it gives up and returns null, and the full loader reads the text
/// instead, with its checks and its exact messages (<see cref="YamlText"/>).
/// </summary>
internal static class YamlEventReader
{
    public static DocNode? TryRead(IParser parser)
    {
        try
        {
            if (!Next<StreamStart>(parser) || !Next<DocumentStart>(parser) || !parser.MoveNext())
            {
                return null;
            }

            var root = ReadNode(parser, depth: 0);
            return root is not null && Next<DocumentEnd>(parser) && Next<StreamEnd>(parser) && !parser.MoveNext() ? root : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    private static bool Next<T>(IParser parser)
        where T : ParsingEvent
        => parser.MoveNext() && parser.Current is T;

    /// <summary>Reads the node whose first event is current; on return the node's last event is current.</summary>
    private static DocNode? ReadNode(IParser parser, int depth)
    {
        switch (parser.Current)
        {
            case Scalar scalar when scalar.Anchor.IsEmpty && scalar.Tag.IsEmpty:
                return new DocScalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, (int)scalar.Start.Line, (int)scalar.Start.Column);
            case SequenceStart start when start.Anchor.IsEmpty && start.Tag.IsEmpty && depth < GuardedParser.MaxDepth:
                return ReadSequence(parser, start, depth + 1);
            case MappingStart start when start.Anchor.IsEmpty && start.Tag.IsEmpty && depth < GuardedParser.MaxDepth:
                return ReadMapping(parser, start, depth + 1);
            default:
                return null;
        }
    }

    private static DocSequence? ReadSequence(IParser parser, SequenceStart start, int depth)
    {
        var items = new List<DocNode>();
        while (parser.MoveNext() && parser.Current is not SequenceEnd)
        {
            if (ReadNode(parser, depth) is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        return parser.Current is SequenceEnd ? new DocSequence(items.ToArray(), (int)start.Start.Line, (int)start.Start.Column) : null;
    }

    private static DocMapping? ReadMapping(IParser parser, MappingStart start, int depth)
    {
        var keys = new List<DocNode>();
        var values = new List<DocNode>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        while (parser.MoveNext() && parser.Current is not MappingEnd)
        {
            // A duplicate key is an error whose message the full loader words; other keys than scalars it compares structurally.
            if (ReadNode(parser, depth) is not DocScalar key || !seen.Add(key.Value) || !parser.MoveNext() || ReadNode(parser, depth) is not { } value)
            {
                return null;
            }

            keys.Add(key);
            values.Add(value);
        }

        return parser.Current is MappingEnd ? DocMapping.FromNodes(keys, values, (int)start.Start.Line, (int)start.Start.Column) : null;
    }
}
