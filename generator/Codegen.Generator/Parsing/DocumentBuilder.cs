using System;
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
        var missingTitle = new MissingTitle(NoInfo: true, ParseContext.Location(rootNode));
        if (mapping.Get("info") is { } infoNode)
        {
            var infoSpec = rootNode.Child(infoNode, "info");
            info = context.ExpectMapping(infoSpec, "info");
            missingTitle = new MissingTitle(NoInfo: false, ParseContext.Location(infoSpec));
        }

        var title = info?.GetString("title") is { } given && given.Trim().Length > 0 ? given : null;
        var (schemas, schemaIndex) = context.Schemas.InReadingOrder();

        return new ApiDocument(
            SourcePath: rootNode.File,
            Title: title ?? SpecPath.FileName(rootNode.File),
            Description: info?.GetString("description"),
            Version: info?.GetString("version") ?? string.Empty,
            Servers: servers,
            Operations: operations,
            Schemas: schemas,
            SchemaIndex: schemaIndex,
            Tags: TagsReader.Read(context, rootNode, mapping),
            MissingTitle: title is null ? missingTitle : null);
    }
}
