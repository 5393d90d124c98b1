using System;
using System.Linq;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>The parts of a document every version reads alike: info, and the schema table once reading is done.</summary>
internal static class DocumentBuilder
{
    public static ApiDocument Build(
        ParseContext context,
        SpecNode rootNode,
        DocMapping mapping,
        ImmutableEquatableArray<ApiServer> servers,
        ImmutableEquatableArray<ApiOperation> operations)
    {
        DocMapping? info = null;
        if (mapping.Get("info") is { } infoNode)
        {
            info = context.ExpectMapping(rootNode.Child(infoNode, "info"), "info");
        }

        return new ApiDocument(
            SourcePath: rootNode.File,
            Title: info?.GetString("title") ?? SpecPath.FileName(rootNode.File),
            Description: info?.GetString("description"),
            Version: info?.GetString("version") ?? string.Empty,
            Servers: servers,
            Operations: operations,
            Schemas: context.Schemas.Values.Where(s => s is not null).Select(s => s!).OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableEquatableArray());
    }
}
