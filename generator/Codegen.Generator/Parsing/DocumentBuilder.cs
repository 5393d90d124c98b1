using System;
using System.Collections.Generic;
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
        var missingTitle = new MissingTitle(NoInfo: true, ParseContext.Location(rootNode));
        if (mapping.Get("info") is { } infoNode)
        {
            var infoSpec = rootNode.Child(infoNode, "info");
            info = context.ExpectMapping(infoSpec, "info");
            missingTitle = new MissingTitle(NoInfo: false, ParseContext.Location(infoSpec));
        }

        var title = info?.GetString("title") is { } given && given.Trim().Length > 0 ? given : null;

        return new ApiDocument(
            SourcePath: rootNode.File,
            Title: title ?? SpecPath.FileName(rootNode.File),
            Description: info?.GetString("description"),
            Version: info?.GetString("version") ?? string.Empty,
            Servers: servers,
            Operations: operations,
            Schemas: SchemasById(context),
            Tags: TagsReader.Read(context, rootNode, mapping),
            MissingTitle: title is null ? missingTitle : null);
    }

    /// <summary>Every schema read, in ordinal id order. A plain array sort: on large descriptions LINQ's ordering was a fifth of reading.</summary>
    private static ImmutableEquatableArray<ApiSchema> SchemasById(ParseContext context)
    {
        var schemas = new List<ApiSchema>(context.Schemas.Count);
        foreach (var schema in context.Schemas.Values)
        {
            if (schema is not null)
            {
                schemas.Add(schema);
            }
        }

        var ids = new string[schemas.Count];
        var ordered = schemas.ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            ids[i] = ordered[i].Id;
        }

        Array.Sort(ids, ordered, StringComparer.Ordinal);
        return ordered.ToImmutableEquatableArray();
    }
}
