using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>Parse stage: a loaded description becomes an <see cref="ApiDocument"/>. OpenAPI 3.0, 3.1 and 3.2 are read here (3.2 additions: <see cref="OpenApi32Constructs"/>).</summary>
internal static class OpenApiParser
{
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
        var rootNode = new SpecNode(root.Root, root.Path);
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

            context.Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.NotOpenApi, ParseContext.Location(rootNode), "it has neither an 'openapi' nor a 'swagger' field; point the build at the root description, or add 'openapi: 3.1.0' to it"));
            return null;
        }

        var versionNode = rootNode.Child(mapping.Get("openapi")!, "openapi");
        switch (OpenApiVersion.Check(version))
        {
            case OpenApiVersionSupport.Unsupported:
                context.Diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticDescriptors.NotOpenApi, ParseContext.Location(versionNode), $"OpenAPI version '{version}' is not one the generator reads ({OpenApiVersion.Supported}); declare one of those, as 'openapi: 3.1.0'"));
                return null;
            case OpenApiVersionSupport.NewerMinor:
                context.Diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticDescriptors.UnknownOpenApiVersion, ParseContext.Location(versionNode), version, OpenApiVersion.Supported, OpenApiVersion.Newest));
                break;
        }

        var schemas = new SchemaReader(context);
        ReadComponentSchemas(context, schemas, rootNode, mapping);
        var operationReader = new OperationReader(context, schemas);
        var operations = PathsReader.Read(context, rootNode, mapping, operationReader.Read);
        ReportIgnoredWebhooks(context, rootNode, mapping);
        OpenApi32Constructs.ReportSelf(context, rootNode, mapping);
        return DocumentBuilder.Build(context, rootNode, mapping, ReadServers(context, rootNode, mapping), operations);
    }

    private static ImmutableEquatableArray<ApiServer> ReadServers(ParseContext context, SpecNode rootNode, DocMapping mapping)
    {
        if (mapping.Get("servers") is not { } serversNode)
        {
            return ImmutableEquatableArray<ApiServer>.Empty;
        }

        if (serversNode is not DocSequence serverNodes)
        {
            context.Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnexpectedNodeType, ParseContext.Location(rootNode.Child(serversNode, "servers")), "servers", "an array"));
            return ImmutableEquatableArray<ApiServer>.Empty;
        }

        return serverNodes.Children.OfType<DocMapping>()
            .Where(s => s.GetString("url") is not null)
            .Select(s => new ApiServer(s.GetString("url")!, s.GetString("description")))
            .ToImmutableEquatableArray();
    }

    /// <summary>Webhooks are requests the API sends, not ones a client makes: nothing to generate, but say so.</summary>
    private static void ReportIgnoredWebhooks(ParseContext context, SpecNode rootNode, DocMapping mapping)
    {
        if (mapping.Get("webhooks") is { } webhooks)
        {
            context.Unsupported(rootNode.Child(webhooks, "webhooks"), "'webhooks' are requests the API sends to its clients, not requests a client makes",
                "they are not generated",
                "Nothing to fix in the client: handle them in the service that receives them");
        }
    }

    /// <summary>Component schemas are read even when no operation uses them: they are part of the contract.</summary>
    private static void ReadComponentSchemas(ParseContext context, SchemaReader schemas, SpecNode rootNode, DocMapping mapping)
    {
        if (mapping.Get("components") is not { } componentsNode
            || context.ExpectMapping(rootNode.Child(componentsNode, "components"), "components") is not { } components
            || components.Get("schemas") is not { } schemasNode)
        {
            return;
        }

        var schemasSpec = rootNode.Child(componentsNode, "components").Child(schemasNode, "schemas").Shared();
        if (context.ExpectMapping(schemasSpec, "components.schemas") is not { } schemaMapping)
        {
            return;
        }

        foreach (var entry in schemaMapping.Entries())
        {
            schemas.Read(schemasSpec.Child(entry.Value, entry.Key), entry.Key);
        }
    }
}
