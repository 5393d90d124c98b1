using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Parsing;

/// <summary>Parse stage: a loaded description becomes an <see cref="ApiDocument"/>. OpenAPI 3.0 and 3.1 are read here.</summary>
internal static class OpenApiParser
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    public static ParseResult Parse(string path, string text, Func<string, string?> readFile, SpecLoadOptions options)
        => Parse(SpecLoader.Load(path, text, readFile, options));

    public static ParseResult Parse(SpecLoadResult load)
    {
        var context = new ParseContext(load);
        var document = load.Files.TryGetValue(load.RootPath, out var root) ? ReadDocument(context, root) : null;
        var diagnostics = context.Diagnostics
            .Distinct()
            .OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line)
            .ThenBy(d => d.Location?.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableEquatableArray();
        return new ParseResult(document, diagnostics, load.FilePaths.ToImmutableEquatableArray());
    }

    private static ApiDocument? ReadDocument(ParseContext context, SpecFile root)
    {
        var rootNode = new SpecNode(root.Root, root.Path, string.Empty);
        var mapping = context.ExpectMapping(rootNode, "The document");
        if (mapping is null)
        {
            return null;
        }

        var version = mapping.GetString("openapi");
        if (version is null)
        {
            if (mapping.GetString("swagger") is { } swagger)
            {
                return Swagger2Parser.Read(context, rootNode, mapping, swagger);
            }

            context.Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.NotOpenApi, ParseContext.Location(rootNode), "it has neither an 'openapi' nor a 'swagger' field"));
            return null;
        }

        if (!version.StartsWith("3.", StringComparison.Ordinal))
        {
            var versionNode = rootNode.Child(mapping.Get("openapi")!, "openapi");
            context.Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.NotOpenApi, ParseContext.Location(versionNode), $"OpenAPI version '{version}' is not supported (3.0.x and 3.1.x are, and Swagger 2.0)"));
            return null;
        }

        var schemas = new SchemaReader(context);
        ReadComponentSchemas(context, schemas, rootNode, mapping);
        var operations = ReadPaths(context, schemas, rootNode, mapping);
        var info = mapping.Get("info") as YamlMappingNode;
        var servers = mapping.Get("servers") is YamlSequenceNode serverNodes
            ? serverNodes.Children.OfType<YamlMappingNode>()
                .Where(s => s.GetString("url") is not null)
                .Select(s => new ApiServer(s.GetString("url")!, s.GetString("description")))
                .ToImmutableEquatableArray()
            : ImmutableEquatableArray<ApiServer>.Empty;

        return new ApiDocument(
            SourcePath: root.Path,
            Title: info?.GetString("title") ?? SpecPath.FileName(root.Path),
            Description: info?.GetString("description"),
            Version: info?.GetString("version") ?? string.Empty,
            Servers: servers,
            Operations: operations,
            Schemas: context.Schemas.Values.Where(s => s is not null).Select(s => s!).OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableEquatableArray());
    }

    /// <summary>Component schemas are read even when no operation uses them: they are part of the contract.</summary>
    private static void ReadComponentSchemas(ParseContext context, SchemaReader schemas, SpecNode rootNode, YamlMappingNode mapping)
    {
        if (mapping.Get("components") is not YamlMappingNode components || components.Get("schemas") is not { } schemasNode)
        {
            return;
        }

        var schemasSpec = rootNode.Child(components, "components").Child(schemasNode, "schemas");
        if (context.ExpectMapping(schemasSpec, "components.schemas") is not { } schemaMapping)
        {
            return;
        }

        foreach (var entry in schemaMapping.Entries())
        {
            schemas.Read(schemasSpec.Child(entry.Value, entry.Key), entry.Key);
        }
    }

    private static ImmutableEquatableArray<ApiOperation> ReadPaths(ParseContext context, SchemaReader schemas, SpecNode rootNode, YamlMappingNode mapping)
    {
        var operations = new List<ApiOperation>();
        var operationIds = new Dictionary<string, ApiOperation>(StringComparer.Ordinal);
        if (mapping.Get("paths") is not { } pathsNode)
        {
            return ImmutableEquatableArray<ApiOperation>.Empty;
        }

        var pathsSpec = rootNode.Child(pathsNode, "paths");
        if (context.ExpectMapping(pathsSpec, "paths") is not { } paths)
        {
            return ImmutableEquatableArray<ApiOperation>.Empty;
        }

        var operationReader = new OperationReader(context, schemas);
        foreach (var pathEntry in paths.Entries())
        {
            if (pathEntry.Key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var pathItem = context.Resolver.Resolve(pathsSpec.Child(pathEntry.Value, pathEntry.Key));
            if (pathItem is null || context.ExpectMapping(pathItem.Value, $"The path item '{pathEntry.Key}'") is not { } pathMapping)
            {
                continue;
            }

            foreach (var method in HttpMethods)
            {
                if (pathMapping.Get(method) is not { } operationNode)
                {
                    continue;
                }

                var operation = operationReader.Read(pathEntry.Key, method, pathItem.Value, pathMapping, pathItem.Value.Child(operationNode, method));
                if (operation is null)
                {
                    continue;
                }

                if (operation.OperationId is { } operationId)
                {
                    if (operationIds.TryGetValue(operationId, out var first))
                    {
                        context.Diagnostics.Add(SpecDiagnostic.Create(
                            DiagnosticDescriptors.DuplicateOperationId, operation.Location, operationId, $"{first.Method.ToUpperInvariant()} {first.Path} at {first.Location}"));
                        continue;
                    }

                    operationIds.Add(operationId, operation);
                }

                operations.Add(operation);
            }
        }

        return operations.ToImmutableEquatableArray();
    }
}
