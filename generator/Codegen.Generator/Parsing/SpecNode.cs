using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Parsing;

/// <summary>A node of a loaded description together with where it lives: file and JSON pointer.</summary>
internal readonly record struct SpecNode(YamlNode Node, string File, string Pointer)
{
    public SpecNode Child(YamlNode node, string segment) => new(node, File, Pointer + "/" + EscapeSegment(segment));

    public static string EscapeSegment(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
