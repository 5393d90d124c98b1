using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>One loaded file of a description: its normalised path and its YAML tree (JSON is read as YAML).</summary>
internal sealed class SpecFile
{
    public SpecFile(string path, DocNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public DocNode Root { get; }
}
