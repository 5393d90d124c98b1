using System.Text;
using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Tree;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>Compares description trees node by node: kind, value, plainness, tag, line and column.</summary>
internal static class TreeAssert
{
    /// <summary>
    /// What YamlDotNet's own loader makes of the text, in our nodes, with the generator's nesting and alias
    /// checks (as <see cref="YamlText"/> loads it, without its repair); null when the text is refused.
    /// </summary>
    public static DocNode? ReadWithYamlDotNet(string text)
    {
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 || AliasCheck.Check("test.yaml", stream.Documents[0].RootNode, parser.FirstAliases) is not null
                ? null
                : YamlNodeConverter.Convert(stream.Documents[0].RootNode);
        }
        catch (YamlException)
        {
            return null;
        }
    }

    public static void Equal(DocNode expected, DocNode actual)
    {
        var difference = new StringBuilder();
        if (!Compare(expected, actual, "$", difference))
        {
            Assert.Fail(difference.ToString());
        }
    }

    private static bool Compare(DocNode expected, DocNode actual, string path, StringBuilder difference)
    {
        if (expected.GetType() != actual.GetType() || expected.Line != actual.Line || expected.Column != actual.Column)
        {
            difference.Append($"{path}: expected {Describe(expected)}, got {Describe(actual)}");
            return false;
        }

        switch (expected)
        {
            case DocScalar scalar:
                var other = (DocScalar)actual;
                if (scalar.Value != other.Value || scalar.IsPlain != other.IsPlain || scalar.Tag != other.Tag)
                {
                    difference.Append($"{path}: expected {Describe(expected)}, got {Describe(actual)}");
                    return false;
                }

                return true;
            case DocSequence sequence:
                var otherSequence = (DocSequence)actual;
                if (sequence.Count != otherSequence.Count)
                {
                    difference.Append($"{path}: expected {sequence.Count} items, got {otherSequence.Count}");
                    return false;
                }

                for (var i = 0; i < sequence.Count; i++)
                {
                    if (!Compare(sequence[i], otherSequence[i], $"{path}[{i}]", difference))
                    {
                        return false;
                    }
                }

                return true;
            default:
                var mapping = (DocMapping)expected;
                var otherMapping = (DocMapping)actual;
                if (mapping.Count != otherMapping.Count)
                {
                    difference.Append($"{path}: expected {mapping.Count} entries, got {otherMapping.Count}");
                    return false;
                }

                for (var i = 0; i < mapping.Count; i++)
                {
                    var name = mapping.KeyAt(i) is DocScalar key ? key.Value : "?";
                    if (!Compare(mapping.KeyAt(i), otherMapping.KeyAt(i), $"{path}.<key {name}>", difference)
                        || !Compare(mapping.ValueAt(i), otherMapping.ValueAt(i), $"{path}.{name}", difference))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    private static string Describe(DocNode node) => node switch
    {
        DocScalar scalar => $"scalar '{Escape(scalar.Value)}' {(scalar.IsPlain ? "plain" : "quoted")}{(scalar.Tag is null ? "" : " " + scalar.Tag)} at {node.Line}:{node.Column}",
        DocSequence => $"sequence at {node.Line}:{node.Column}",
        _ => $"mapping at {node.Line}:{node.Column}",
    };

    private static string Escape(string value) => value.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
