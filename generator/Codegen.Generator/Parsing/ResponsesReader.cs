using System;
using System.Collections.Generic;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Walks an operation's "responses" map, the same in Swagger 2.0 and OpenAPI 3: status keys, $refs,
/// extensions skipped, and a key that is no status code reported and skipped (<see cref="StatusKeys"/>).
/// Where the body's schema is written differs by version, so the caller reads it.
/// </summary>
internal static class ResponsesReader
{
    /// <param name="readContent">
    /// Reads the media type, schema id, item schema id (OpenAPI 3.2) and the schema id's number (<see cref="SchemaNumbers"/>)
    /// of one resolved response; the string is the name hint.
    /// </param>
    public static ImmutableEquatableArray<ApiResponse> Read(
        ParseContext context,
        SpecNode operationNode,
        DocMapping operation,
        string hint,
        Func<SpecNode, DocMapping, string, (string? MediaType, string? SchemaId, string? ItemSchemaId, int SchemaNumber)> readContent)
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
        for (var i = 0; i < responses.Count; i++)
        {
            if (responses.KeyTextAt(i) is not { } key || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (!StatusKeys.IsValid(key))
            {
                context.Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.InvalidResponseKey, YamlText.Location(responsesSpec.File, responses.KeyAt(i)), key));
                continue;
            }

            var resolved = context.Resolver.Resolve(responsesSpec.Child(responses.ValueAt(i), key));
            if (resolved is null || (resolved.Value.Node as DocMapping ?? context.ExpectMapping(resolved.Value, $"The response '{key}'")) is not { } response)
            {
                continue;
            }

            var (mediaType, schemaId, itemSchemaId, schemaNumber) = readContent(resolved.Value, response, hint + " " + key + " response");
            result.Add(new ApiResponse(key, response.GetString("description"), mediaType, schemaId, ParseContext.Location(resolved.Value), itemSchemaId, schemaNumber));
        }

        return result.ToImmutableEquatableArray();
    }
}
