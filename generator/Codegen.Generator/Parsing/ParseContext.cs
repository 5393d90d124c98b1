using System;
using System.Collections.Generic;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>State shared by the readers while one description is read: diagnostics, $ref resolution, the schema table.</summary>
internal sealed class ParseContext
{
    public ParseContext(SpecLoadResult load)
    {
        Load = load;
        Diagnostics = new List<SpecDiagnostic>(load.Diagnostics);
        Resolver = new ReferenceResolver(load, Diagnostics);
    }

    /// <summary>"relative/path.yaml#" by file: the start of the ids of its schemas.</summary>
    private readonly Dictionary<string, string> _relativePaths = new(StringComparer.Ordinal);

    public SpecLoadResult Load { get; }

    public List<SpecDiagnostic> Diagnostics { get; }

    public ReferenceResolver Resolver { get; }

    /// <summary>The schemas read so far, by id.</summary>
    public SchemaTable Schemas { get; } = new();

    public static SourceLocation Location(SpecNode node) => YamlText.Location(node.File, node.Node);

    /// <summary>A machine-independent id: the file relative to the root spec's folder ("../" when outside it), then the JSON pointer.</summary>
    /// <param name="pointerStart">Where the pointer begins in the id.</param>
    public string IdOf(SpecNode node, out int pointerStart)
    {
        if (!_relativePaths.TryGetValue(node.File, out var prefix))
        {
            prefix = SpecPath.RelativeTo(Load.RootFolder, node.File) + "#";
            _relativePaths.Add(node.File, prefix);
        }

        pointerStart = prefix.Length;
        return node.PointerWithPrefix(prefix);
    }

    public DocMapping? ExpectMapping(SpecNode node, string what)
    {
        if (node.Node is DocMapping mapping)
        {
            return mapping;
        }

        Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnexpectedNodeType, ParseContext.Location(node), what, "an object"));
        return null;
    }

    /// <summary>OAG0007: what was found (a sentence start), what was generated instead, and how to fix it.</summary>
    public void Unsupported(SpecNode node, string found, string generated, string fix)
        => Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, ParseContext.Location(node), found, generated, fix));
}
