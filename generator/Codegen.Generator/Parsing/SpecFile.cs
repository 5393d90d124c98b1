using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Parsing;

/// <summary>One loaded file of a description: its normalised path and its YAML tree (JSON is read as YAML).</summary>
internal sealed class SpecFile
{
    public SpecFile(string path, YamlNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public YamlNode Root { get; }
}
