using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>Reads one OpenAPI 3 operation: parameters (path-level ones merged in), request body, responses.</summary>
internal sealed class OperationReader
{
    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;

    public OperationReader(ParseContext context, SchemaReader schemas)
    {
        _context = context;
        _schemas = schemas;
    }

    public ApiOperation? Read(string path, string method, SpecNode pathItem, DocMapping pathMapping, SpecNode operationNode)
    {
        if ((operationNode.Node as DocMapping ?? _context.ExpectMapping(operationNode, $"The operation {method.ToUpperInvariant()} {path}")) is not { } operation)
        {
            return null;
        }

        var operationId = operation.GetString("operationId");
        var hint = operationId ?? method + " " + path;
        var operationName = operationId ?? method.ToUpperInvariant() + " " + path;
        var parameters = MergeParameters(
            ReadParameters(pathItem, pathMapping, hint, operationName),
            ReadParameters(operationNode, operation, hint, operationName));

        if (operation.Get("callbacks") is { } callbacks)
        {
            _context.Unsupported(operationNode.Child(callbacks, "callbacks"), "'callbacks' are requests the API sends to its clients, not requests a client makes",
                "they are not generated",
                "Nothing to fix in the client: handle them in the service that receives them");
        }

        return new ApiOperation(
            Path: path,
            Method: method,
            OperationId: operationId,
            Summary: operation.GetString("summary"),
            Description: operation.GetString("description"),
            Deprecated: operation.GetBool("deprecated"),
            Tags: ReadTags(operation),
            Parameters: parameters,
            RequestBody: ReadRequestBody(operationNode, operation, hint, operationName),
            Responses: ReadResponses(operationNode, operation, hint, operationName),
            Location: ParseContext.Location(operationNode),
            Paging: PagingReader.Read(_context, operationNode, operation, operationName));
    }

    /// <summary>The operation's tags; the first one chooses the interface when there is one per tag.</summary>
    public static ImmutableEquatableArray<string> ReadTags(DocMapping operation)
        => operation.Get("tags") is DocSequence tagNodes
            ? tagNodes.Children.OfType<DocScalar>().Select(t => t.Value).ToImmutableEquatableArray()
            : ImmutableEquatableArray<string>.Empty;

    /// <summary>Operation parameters override path-level ones with the same name and location.</summary>
    public static ImmutableEquatableArray<ApiParameter> MergeParameters(List<ApiParameter> pathLevel, List<ApiParameter> operationLevel)
    {
        if (pathLevel.Count == 0)
        {
            // The rule: parameters on the operation only, nothing to merge.
            return operationLevel.ToImmutableEquatableArray();
        }

        var merged = pathLevel
            .Where(p => !operationLevel.Any(o => o.In == p.In && string.Equals(o.Name, p.Name, StringComparison.Ordinal)))
            .Concat(operationLevel);
        return merged.ToImmutableEquatableArray();
    }

    private static readonly string[] ParameterLocations = { "path", "query", "header", "cookie", OpenApi32Constructs.QueryStringLocation };

    private List<ApiParameter> ReadParameters(SpecNode owner, DocMapping ownerMapping, string hint, string operationName)
    {
        var result = new List<ApiParameter>();
        foreach (var entry in ParameterListReader.Read(_context, owner, ownerMapping, ParameterLocations))
        {
            if (entry.In == OpenApi32Constructs.QueryStringLocation)
            {
                if (OpenApi32Constructs.QueryString(_context, entry, operationName, ChooseContent(entry.Node, entry.Mapping, hint + " " + entry.Name)) is { } queryString)
                {
                    result.Add(queryString);
                }

                continue;
            }

            var parameterLocation = LocationOf(entry.In);
            var parameter = entry.Mapping;
            var schemaId = SchemaReader.AnyId;
            var schemaNumber = SchemaNumbers.Unknown;
            var isJsonContent = false;
            if (parameter.Get("schema") is { } schemaNode)
            {
                (schemaId, schemaNumber) = _schemas.ReadNumbered(entry.Node.Child(schemaNode, "schema"), hint, entry.Name);
            }
            else if (ChooseContent(entry.Node, parameter, "content") is { } content)
            {
                (schemaId, schemaNumber) = (content.SchemaId ?? SchemaReader.AnyId, content.SchemaNumber);
                isJsonContent = MediaTypes.IsJson(content.MediaType);
            }

            result.Add(new ApiParameter(
                Name: entry.Name,
                In: parameterLocation,
                Required: parameterLocation == ParameterLocation.Path || parameter.GetBool("required"),
                SchemaId: schemaId,
                Description: parameter.GetString("description"),
                Deprecated: parameter.GetBool("deprecated"),
                Style: parameter.GetString("style"),
                Explode: parameter.GetOptionalBool("explode"),
                Location: ParseContext.Location(entry.Node),
                IsJsonContent: isJsonContent,
                SchemaNumber: schemaNumber));
        }

        return result;
    }

    private ApiRequestBody? ReadRequestBody(SpecNode operationNode, DocMapping operation, string hint, string operationName)
    {
        if (operation.Get("requestBody") is not { } bodyNode)
        {
            return null;
        }

        var resolved = _context.Resolver.Resolve(operationNode.Child(bodyNode, "requestBody"));
        if (resolved is null || _context.ExpectMapping(resolved.Value, "requestBody") is not { } body)
        {
            return null;
        }

        if (ChooseContent(resolved.Value, body, hint + " request") is not { } content)
        {
            return null;
        }

        var location = ParseContext.Location(resolved.Value);
        if (content.ItemSchemaId is not null && OpenApi32Constructs.IsSequential(content.MediaType))
        {
            OpenApi32Constructs.ReportStreaming(_context, location, "request body", operationName, content.MediaType, isResponse: false);
        }

        return new ApiRequestBody(content.MediaType, content.SchemaId, body.GetBool("required"), body.GetString("description"), location, content.ItemSchemaId, content.SchemaNumber);
    }

    private ImmutableEquatableArray<ApiResponse> ReadResponses(SpecNode operationNode, DocMapping operation, string hint, string operationName)
    {
        var responses = ResponsesReader.Read(_context, operationNode, operation, hint, (node, response, responseHint) =>
        {
            var content = ChooseContent(node, response, responseHint);
            return (content?.MediaType, content?.SchemaId, content?.ItemSchemaId, content?.SchemaNumber ?? SchemaNumbers.Unknown);
        });
        foreach (var response in responses)
        {
            if (response.ItemSchemaId is not null && response.MediaType is { } mediaType && OpenApi32Constructs.IsSequential(mediaType) && !OpenApi32Constructs.IsStreamedResponse(mediaType))
            {
                OpenApi32Constructs.ReportStreaming(_context, response.Location, $"response '{response.StatusCode}'", operationName, mediaType, isResponse: true);
            }
        }

        return responses;
    }

    /// <summary>
    /// Picks the media type to generate for from a "content" map and reads its schema, and its itemSchema (OpenAPI
    /// 3.2: the schema of each item of a sequential media type). A media type may be a $ref (3.2's components.mediaTypes).
    /// </summary>
    private (string MediaType, string? SchemaId, string? ItemSchemaId, int SchemaNumber)? ChooseContent(SpecNode owner, DocMapping ownerMapping, string hint)
    {
        if (ownerMapping.Get("content") is not { } contentNode)
        {
            return null;
        }

        var contentSpec = owner.Child(contentNode, "content");
        if (_context.ExpectMapping(contentSpec, "content") is not { } content || content.Count == 0)
        {
            return null;
        }

        // The media types by name, and where each is in the map (every request and response has a content map).
        var mediaTypes = new List<string>(content.Count);
        var positions = new List<int>(content.Count);
        for (var i = 0; i < content.Count; i++)
        {
            if (content.KeyTextAt(i) is { } mediaType)
            {
                mediaTypes.Add(mediaType);
                positions.Add(i);
            }
        }

        var index = MediaTypes.IndexOfPreferred(mediaTypes);
        if (index < 0)
        {
            return null;
        }

        var match = new KeyValuePair<string, DocNode>(mediaTypes[index], content.ValueAt(positions[index]));
        var mediaSpec = contentSpec.Child(match.Value, match.Key);
        if (match.Value is DocMapping written && written.Get("$ref") is not null)
        {
            if (_context.Resolver.Resolve(mediaSpec) is not { } target)
            {
                return (match.Key, null, null, SchemaNumbers.Unknown);
            }

            mediaSpec = target;
        }

        string? schemaId = null;
        var schemaNumber = SchemaNumbers.Unknown;
        string? itemSchemaId = null;
        if (mediaSpec.Node is DocMapping media)
        {
            if (media.Get("schema") is { } schemaNode)
            {
                (schemaId, schemaNumber) = _schemas.ReadNumbered(mediaSpec.Child(schemaNode, "schema"), hint, null);
            }

            if (media.Get("itemSchema") is { } itemSchemaNode)
            {
                itemSchemaId = _schemas.Read(mediaSpec.Child(itemSchemaNode, "itemSchema"), hint, "item");
            }
        }

        return (match.Key, schemaId, itemSchemaId, schemaNumber);
    }

    /// <summary>The location of a parameter that <see cref="ParameterListReader"/> already accepted.</summary>
    private static ParameterLocation LocationOf(string value) => value switch
    {
        "path" => ParameterLocation.Path,
        "query" => ParameterLocation.Query,
        "header" => ParameterLocation.Header,
        _ => ParameterLocation.Cookie,
    };
}
