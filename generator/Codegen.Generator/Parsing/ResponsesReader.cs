using System;
using System.Collections.Generic;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Walks an operation's "responses" map, the same in Swagger 2.0 and OpenAPI 3: status keys, $refs,
/// extensions skipped. Where the body's schema is written differs by version, so the caller reads it.
/// </summary>
internal static class ResponsesReader
{
    /// <param name="readContent">Reads the media type, schema id and item schema id (OpenAPI 3.2) of one resolved response; the string is the name hint.</param>
    public static ImmutableEquatableArray<ApiResponse> Read(
        ParseContext context,
        SpecNode operationNode,
        DocMapping operation,
        string hint,
        Func<SpecNode, DocMapping, string, (string? MediaType, string? SchemaId, string? ItemSchemaId)> readContent)
    {
        if (operation.Get("responses") is not { } responsesNode)
        {
            return ImmutableEquatableArray<ApiResponse>.Empty;
        }

        var responsesSpec = operationNode.Child(responsesNode, "responses").Shared();
        if (context.ExpectMapping(responsesSpec, "responses") is not { } responses)
        {
            return ImmutableEquatableArray<ApiResponse>.Empty;
        }

        var result = new List<ApiResponse>();
        foreach (var entry in responses.Entries())
        {
            if (entry.Key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var resolved = context.Resolver.Resolve(responsesSpec.Child(entry.Value, entry.Key));
            if (resolved is null || (resolved.Value.Node as DocMapping ?? context.ExpectMapping(resolved.Value, $"The response '{entry.Key}'")) is not { } response)
            {
                continue;
            }

            var (mediaType, schemaId, itemSchemaId) = readContent(resolved.Value, response, hint + " " + entry.Key + " response");
            result.Add(new ApiResponse(entry.Key, response.GetString("description"), mediaType, schemaId, ParseContext.Location(resolved.Value), itemSchemaId));
        }

        return result.ToImmutableEquatableArray();
    }
}
