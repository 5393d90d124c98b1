using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>A node of a loaded description together with where it lives: file and JSON pointer.</summary>
internal readonly record struct SpecNode(DocNode Node, string File, string Pointer)
{
    public SpecNode Child(DocNode node, string segment) => new(node, File, Pointer + "/" + EscapeSegment(segment));

    public static string EscapeSegment(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
