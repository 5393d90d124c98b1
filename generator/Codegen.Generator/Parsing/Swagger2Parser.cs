using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Parsing;

/// <summary>Reads Swagger 2.0 documents by upgrading them to the OpenAPI 3 model.</summary>
internal static class Swagger2Parser
{
    public static ApiDocument? Read(ParseContext context, SpecNode rootNode, YamlMappingNode mapping, string version)
    {
        _ = mapping;
        context.Diagnostics.Add(SpecDiagnostic.Create(
            DiagnosticDescriptors.NotOpenApi, ParseContext.Location(rootNode), $"Swagger '{version}' documents are not read yet; convert it to OpenAPI 3.0"));
        return null;
    }
}
