using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Reads one Swagger 2.0 operation into the OpenAPI 3 model. A body parameter becomes the request
/// body, formData parameters become the properties of a form (or multipart, when a field is a file
/// or the operation consumes multipart/form-data) request body, and the others become parameters
/// whose own type/format/items/enum are their schema, with collectionFormat turned into style + explode.
/// </summary>
internal sealed class Swagger2OperationReader
{
    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;
    private readonly IReadOnlyList<string>? _consumes;
    private readonly IReadOnlyList<string>? _produces;

    public Swagger2OperationReader(ParseContext context, SchemaReader schemas, IReadOnlyList<string>? consumes, IReadOnlyList<string>? produces)
    {
        _context = context;
        _schemas = schemas;
        _consumes = consumes;
        _produces = produces;
    }

    /// <summary>A "consumes" or "produces" list; null when absent, so an operation's empty list still overrides the document's.</summary>
    public static IReadOnlyList<string>? ReadMediaTypes(ParseContext context, SpecNode owner, DocMapping mapping, string key)
    {
        if (mapping.Get(key) is not { } node)
        {
            return null;
        }

        if (node is not DocSequence sequence)
        {
            context.Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnexpectedNodeType, ParseContext.Location(owner.Child(node, key)), key, "an array of media types"));
            return null;
        }

        return sequence.Children.OfType<DocScalar>().Select(s => s.Value).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
    }

    public ApiOperation? Read(string path, string method, SpecNode pathItem, DocMapping pathMapping, SpecNode operationNode)
    {
        if ((operationNode.Node as DocMapping ?? _context.ExpectMapping(operationNode, $"The operation {method.ToUpperInvariant()} {path}")) is not { } operation)
        {
            return null;
        }

        var operationId = operation.GetString("operationId");
        var hint = operationId ?? method + " " + path;
        var consumes = ReadMediaTypes(_context, operationNode, operation, "consumes") ?? _consumes ?? Array.Empty<string>();
        var produces = ReadMediaTypes(_context, operationNode, operation, "produces") ?? _produces ?? Array.Empty<string>();

        // Operation parameters override path-level ones with the same name and location.
        var operationLevel = ReadParameters(operationNode, operation);
        var parameters = ReadParameters(pathItem, pathMapping)
            .Where(p => !operationLevel.Any(o => o.In == p.In && o.Name == p.Name))
            .Concat(operationLevel)
            .ToList();

        return new ApiOperation(
            Path: path,
            Method: method,
            OperationId: operationId,
            Summary: operation.GetString("summary"),
            Description: operation.GetString("description"),
            Deprecated: operation.GetBool("deprecated"),
            Tags: OperationReader.ReadTags(operation),
            Parameters: parameters.Where(p => p.In is not ("body" or "formData")).Select(p => ToParameter(p, hint)).ToImmutableEquatableArray(),
            RequestBody: RequestBody(operationNode, parameters, consumes, hint),
            Responses: ReadResponses(operationNode, operation, produces, hint),
            Location: ParseContext.Location(operationNode),
            Paging: PagingReader.Read(_context, operationNode, operation, operationId ?? method.ToUpperInvariant() + " " + path));
    }

    private static readonly string[] ParameterLocations = { "path", "query", "header", "body", "formData" };

    private List<ParameterEntry> ReadParameters(SpecNode owner, DocMapping ownerMapping)
        => ParameterListReader.Read(_context, owner, ownerMapping, ParameterLocations);

    /// <summary>A path, query or header parameter: the parameter object is its own schema (type, format, items, enum, default).</summary>
    private ApiParameter ToParameter(ParameterEntry parameter, string hint)
    {
        var location = parameter.In switch
        {
            "path" => ParameterLocation.Path,
            "header" => ParameterLocation.Header,
            _ => ParameterLocation.Query,
        };
        var (style, explode) = Serialization(parameter, location);
        var (schemaId, schemaNumber) = _schemas.ReadNumbered(parameter.Node, hint, parameter.Name);
        return new ApiParameter(
            Name: parameter.Name,
            In: location,
            Required: location == ParameterLocation.Path || parameter.Mapping.GetBool("required"),
            SchemaId: schemaId,
            Description: parameter.Mapping.GetString("description"),
            Deprecated: false,
            Style: style,
            Explode: explode,
            Location: ParseContext.Location(parameter.Node),
            SchemaNumber: schemaNumber);
    }

    /// <summary>collectionFormat as OpenAPI 3's style and explode; Swagger's default is csv, OpenAPI 3's query default is exploded.</summary>
    private (string Style, bool Explode) Serialization(ParameterEntry parameter, ParameterLocation location)
    {
        var format = parameter.Mapping.GetString("collectionFormat") ?? "csv";
        var simple = location == ParameterLocation.Query ? "form" : "simple";
        switch (format)
        {
            case "csv":
                return (simple, false);
            case "multi" when location == ParameterLocation.Query:
                return ("form", true);
            case "ssv" when location == ParameterLocation.Query:
                return ("spaceDelimited", false);
            case "pipes" when location == ParameterLocation.Query:
                return ("pipeDelimited", false);
            case "tsv" when location == ParameterLocation.Query:
                return (ParameterStyles.TabDelimited, false);
            default:
                var node = parameter.Node.Child(parameter.Mapping.Get("collectionFormat")!, "collectionFormat");
                _context.Unsupported(node, $"collectionFormat '{format}' is not defined for the {parameter.In} parameter '{parameter.Name}'",
                    "it is read as csv (values separated by commas)",
                    "Use csv, or one of multi, ssv, tsv and pipes on a query parameter");
                return (simple, false);
        }
    }

    private ApiRequestBody? RequestBody(SpecNode operationNode, List<ParameterEntry> parameters, IReadOnlyList<string> consumes, string hint)
    {
        var body = parameters.LastOrDefault(p => p.In == "body");
        var formFields = parameters.Where(p => p.In == "formData").ToList();
        if (body is not null)
        {
            if (formFields.Count > 0)
            {
                _context.Unsupported(formFields[0].Node, "formData parameters beside a body parameter cannot both be sent: a request has one body",
                    "the form fields are not generated",
                    "Remove either the body parameter or the formData parameters");
            }

            return JsonBody(body, consumes, hint);
        }

        return formFields.Count == 0 ? null : FormBody(operationNode, formFields, consumes, hint);
    }

    private ApiRequestBody JsonBody(ParameterEntry body, IReadOnlyList<string> consumes, string hint)
    {
        string? schemaId = null;
        var schemaNumber = SchemaNumbers.Unknown;
        if (body.Mapping.Get("schema") is { } schemaNode)
        {
            (schemaId, schemaNumber) = _schemas.ReadNumbered(body.Node.Child(schemaNode, "schema"), hint, "request");
        }
        else
        {
            _context.Diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticDescriptors.UnexpectedNodeType, ParseContext.Location(body.Node), $"The body parameter '{body.Name}'", "an object with a 'schema'"));
        }

        var preferred = MediaTypes.IndexOfPreferred(consumes);
        var mediaType = preferred < 0 ? MediaTypes.Json : consumes[preferred];
        return new ApiRequestBody(mediaType, schemaId, body.Mapping.GetBool("required"), body.Mapping.GetString("description"), ParseContext.Location(body.Node), SchemaNumber: schemaNumber);
    }

    /// <summary>
    /// formData parameters become one object schema, the shape OpenAPI 3 gives a form body. It is built
    /// as a YAML node whose properties are the parameter nodes as written, so $refs, types and source
    /// locations are read by the same schema reader as everything else.
    /// </summary>
    private ApiRequestBody FormBody(SpecNode operationNode, List<ParameterEntry> fields, IReadOnlyList<string> consumes, string hint)
    {
        var properties = new DocMapping(fields.Select(f => new DocEntry(DocKey.Synthetic(f.Name), f.Written.Node)).ToArray(), 1, 1);
        var required = fields.Where(f => f.Mapping.GetBool("required")).Select(f => (DocNode)DocScalar.Synthetic(f.Name)).ToArray();
        var keys = new List<DocNode> { DocScalar.Synthetic("type"), DocScalar.Synthetic("properties") };
        var values = new List<DocNode> { DocScalar.Synthetic("object"), properties };
        if (required.Length > 0)
        {
            keys.Add(DocScalar.Synthetic("required"));
            values.Add(new DocSequence(required, 1, 1));
        }

        var form = DocMapping.FromNodes(keys, values, 1, 1);

        // "x-formData" cannot clash with a real key of an operation object, so the id is unique.
        var (schemaId, schemaNumber) = _schemas.ReadNumbered(operationNode.Child(form, "x-formData"), hint, "request");
        var multipart = fields.Any(f => f.Mapping.GetString("type") == "file")
            || consumes.Any(c => c.StartsWith(MediaTypes.Multipart, StringComparison.OrdinalIgnoreCase));
        return new ApiRequestBody(
            multipart ? MediaTypes.Multipart : MediaTypes.FormUrlEncoded,
            schemaId,
            fields.Any(f => f.Mapping.GetBool("required")),
            null,
            ParseContext.Location(fields[0].Node),
            SchemaNumber: schemaNumber);
    }

    private ImmutableEquatableArray<ApiResponse> ReadResponses(SpecNode operationNode, DocMapping operation, IReadOnlyList<string> produces, string hint)
        => ResponsesReader.Read(_context, operationNode, operation, hint, (node, response, responseHint) =>
        {
            if (response.Get("schema") is not { } schemaNode)
            {
                return (null, null, null, SchemaNumbers.Unknown);
            }

            var (schemaId, schemaNumber) = _schemas.ReadNumbered(node.Child(schemaNode, "schema"), responseHint, null);
            return (ResponseMediaType(produces, IsFile(schemaId)), schemaId, null, schemaNumber);
        });

    /// <summary>A file response takes the first non-JSON media type listed; anything else the preferred one, JSON when none is listed.</summary>
    private static string ResponseMediaType(IReadOnlyList<string> produces, bool isFile)
    {
        if (isFile)
        {
            return produces.FirstOrDefault(m => !MediaTypes.IsJson(m)) ?? MediaTypes.OctetStream;
        }

        var preferred = MediaTypes.IndexOfPreferred(produces);
        return preferred < 0 ? MediaTypes.Json : produces[preferred];
    }

    private bool IsFile(string schemaId)
        => _context.Schemas.Find(schemaId) is { } schema && schema.Types.Contains("file");
}
