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

    /// <summary>
    /// Every schema read, in ordinal id order (the order the binder names types in). Sorted by <see cref="OrdinalSort"/>:
    /// the ids are JSON pointers with long common prefixes, which a comparison sort compares again and again.
    /// </summary>
    private static ImmutableEquatableArray<ApiSchema> SchemasById(ParseContext context)
    {
        // Every id is filled by now (a null marks a schema still being read); one array, without a list to copy from.
        var read = new ApiSchema[context.Schemas.Count];
        var ids = new string[read.Length];
        var count = 0;
        foreach (var schema in context.Schemas.Values)
        {
            if (schema is not null)
            {
                ids[count] = schema.Id;
                read[count++] = schema;
            }
        }

        if (count < read.Length)
        {
            Array.Resize(ref read, count);
            Array.Resize(ref ids, count);
        }

        var order = OrdinalSort.OrderOf(ids);
        var ordered = new ApiSchema[count];
        for (var i = 0; i < count; i++)
        {
            ordered[i] = read[order[i]];
        }

        return ImmutableEquatableArray<ApiSchema>.Own(ordered);
    }
}
