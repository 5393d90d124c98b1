using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Reads Swagger 2.0 documents by upgrading them to the OpenAPI 3 model, so binding and emitting
/// know one shape: definitions are component schemas, host + basePath + schemes are servers,
/// body and formData parameters are request bodies (see <see cref="Swagger2OperationReader"/>).
/// </summary>
internal static class Swagger2Parser
{
    private static readonly ImmutableEquatableArray<string> StringType = new[] { "string" }.ToImmutableEquatableArray();

    public static ApiDocument? Read(ParseContext context, SpecNode rootNode, DocMapping mapping, string version)
    {
        if (version != "2.0")
        {
            var versionNode = rootNode.Child(mapping.Get("swagger")!, "swagger");
            context.Diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticDescriptors.NotOpenApi, ParseContext.Location(versionNode), $"Swagger version '{version}' is not one the generator reads ({OpenApiVersion.Supported}); convert the document to OpenAPI 3 first"));
            return null;
        }

        var schemas = new SchemaReader(context);
        ReadDefinitions(context, schemas, rootNode, mapping);
        var operationReader = new Swagger2OperationReader(
            context,
            schemas,
            Swagger2OperationReader.ReadMediaTypes(context, rootNode, mapping, "consumes"),
            Swagger2OperationReader.ReadMediaTypes(context, rootNode, mapping, "produces"));
        var operations = PathsReader.Read(context, rootNode, mapping, operationReader.Read);
        UpgradeFileSchemas(context);
        return DocumentBuilder.Build(context, rootNode, mapping, Servers(mapping), operations);
    }

    /// <summary>Definitions are read even when no operation uses them, as OpenAPI 3 component schemas are.</summary>
    private static void ReadDefinitions(ParseContext context, SchemaReader schemas, SpecNode rootNode, DocMapping mapping)
    {
        if (mapping.Get("definitions") is not { } definitionsNode)
        {
            return;
        }

        var definitionsSpec = rootNode.Child(definitionsNode, "definitions").Shared();
        if (context.ExpectMapping(definitionsSpec, "definitions") is not { } definitions)
        {
            return;
        }

        foreach (var entry in definitions.Entries())
        {
            schemas.Read(definitionsSpec.Child(entry.Value, entry.Key), entry.Key);
        }
    }

    /// <summary>Swagger's "file" type (form fields and responses) is OpenAPI 3's binary string.</summary>
    private static void UpgradeFileSchemas(ParseContext context)
    {
        var fileSchemas = context.Schemas.All.Where(schema => schema.Types.Contains("file")).ToList();
        foreach (var schema in fileSchemas)
        {
            context.Schemas.Put(schema with { Types = StringType, Format = "binary" });
        }
    }

    /// <summary>
    /// One server per scheme: scheme://host/basePath. Without a host the URL is relative (the basePath),
    /// as Swagger means "the host serving the description"; without schemes, https.
    /// </summary>
    private static ImmutableEquatableArray<ApiServer> Servers(DocMapping mapping)
    {
        var basePath = mapping.GetString("basePath") ?? string.Empty;
        if (mapping.GetString("host") is not { } host)
        {
            return new[] { new ApiServer(basePath.Length == 0 ? "/" : basePath, null) }.ToImmutableEquatableArray();
        }

        var schemes = mapping.Get("schemes") is DocSequence schemeNodes
            ? schemeNodes.Children.OfType<DocScalar>().Select(s => s.Value).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList()
            : new List<string>();
        if (schemes.Count == 0)
        {
            schemes.Add("https");
        }

        return schemes
            .Select(scheme => new ApiServer(scheme + "://" + host + basePath, null))
            .ToImmutableEquatableArray();
    }
}
