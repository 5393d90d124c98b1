using System;
using System.Collections.Generic;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>
/// The OpenAPI 3.2 additions the readers share, and those read but not generated (yet), each reported where it is
/// written so that a 3.2 document loads with nothing silently lost. docs/openapi-3.2.md lists every 3.2 addition and what becomes
/// of it; when one of these is generated, its report here goes.
/// </summary>
internal static class OpenApi32Constructs
{
    /// <summary>The 3.2 path item key of the QUERY method (a safe request with a body).</summary>
    public const string QueryMethod = "query";

    /// <summary>The 3.2 path item key of the map of other methods ("LINK", "PURGE", ...).</summary>
    public const string AdditionalOperationsKey = "additionalOperations";

    /// <summary>The 3.2 parameter location of a parameter that is the whole query string.</summary>
    public const string QueryStringLocation = "querystring";

    /// <summary>
    /// The <c>additionalOperations</c> of a path item, keyed by the method as it is sent. An entry whose key is not an
    /// HTTP method name (an RFC 9110 token), or is a method with a field of its own (<c>get</c>, <c>query</c>, ...), is
    /// skipped and reported where it is written.
    /// </summary>
    public static IEnumerable<(string Method, SpecNode Node)> AdditionalOperations(ParseContext context, string path, SpecNode pathItem, DocMapping pathMapping)
    {
        if (pathMapping.Get(AdditionalOperationsKey) is not { } additionalNode)
        {
            yield break;
        }

        var additionalSpec = pathItem.Child(additionalNode, AdditionalOperationsKey).Shared();
        if (context.ExpectMapping(additionalSpec, AdditionalOperationsKey) is not { } additional)
        {
            yield break;
        }

        foreach (var entry in additional.Entries())
        {
            var node = additionalSpec.Child(entry.Value, entry.Key);
            var fixedField = Array.Find(PathsReader.HttpMethods, m => m.Equals(entry.Key, StringComparison.OrdinalIgnoreCase));
            if (fixedField is not null)
            {
                Report(context, DiagnosticDescriptors.OperationNotGenerated, node, entry.Key, OperationName(entry.Value, entry.Key, path),
                    "the method is an additionalOperations key but has a field of its own in the path item", $"Move the operation to the path item's '{fixedField}' field");
            }
            else if (!IsToken(entry.Key))
            {
                Report(context, DiagnosticDescriptors.OperationNotGenerated, node, entry.Key, OperationName(entry.Value, entry.Key, path),
                    "the additionalOperations key is not an HTTP method name (letters, digits and !#$%&'*+-.^_`|~ only)", "Write the method as it is sent, e.g. LINK");
            }
            else
            {
                yield return (entry.Key, node);
            }
        }
    }

    /// <summary>The form media type of an <c>in: querystring</c> parameter: name=value pairs.</summary>
    public const string FormMediaType = "application/x-www-form-urlencoded";

    /// <summary>
    /// A parameter <c>in: querystring</c>: the whole query string, written by its one media type. With
    /// <c>application/x-www-form-urlencoded</c> content it is name=value pairs (the binder checks its schema is an object
    /// of single values or arrays of them); with JSON content it is the value's JSON text. The binder also checks that no
    /// other parameter shares the query string. Any other content is skipped, and said so where it is written.
    /// </summary>
    /// <param name="content">The media type chosen from the parameter's content, with its schema; null when it has none.</param>
    public static ApiParameter? QueryString(ParseContext context, ParameterEntry entry, string operationName, (string MediaType, string? SchemaId, string? ItemSchemaId, int SchemaNumber)? content)
    {
        var contentCount = entry.Mapping.Get("content") is DocMapping written ? written.Count : 0;
        if (contentCount == 1 && content is { } chosen && (IsForm(chosen.MediaType) || MediaTypes.IsJson(chosen.MediaType)))
        {
            return new ApiParameter(
                Name: entry.Name,
                In: ParameterLocation.Query,
                Required: entry.Mapping.GetBool("required"),
                SchemaId: chosen.SchemaId ?? SchemaReader.AnyId,
                Description: entry.Mapping.GetString("description"),
                Deprecated: entry.Mapping.GetBool("deprecated"),
                Style: "form",
                Explode: true,
                Location: ParseContext.Location(entry.Node),
                IsJsonContent: !IsForm(chosen.MediaType),
                IsQueryString: true,
                SchemaNumber: chosen.SchemaNumber);
        }

        var found = contentCount == 1 && content is { } other
            ? $"its media type is '{other.MediaType}', and only {FormMediaType} and JSON are generated"
            : "it does not have exactly one media type in 'content'";
        Report(context, DiagnosticDescriptors.QueryStringParameterNotGenerated, entry.Node, entry.Name, operationName, found,
            $"Give it 'content: {{ {FormMediaType}: {{ schema: <an object> }} }}' or 'content: {{ application/json: {{ schema: ... }} }}', or describe its fields as 'in: query' parameters");
        return null;
    }

    private static bool IsForm(string mediaType) => MediaTypes.HasEssence(mediaType, FormMediaType);

    /// <summary>
    /// A streamed request body, or a multipart/mixed response (a sequential media type with an itemSchema): read, not
    /// generated. Streamed responses of the other sequential media types are generated (StreamBinder).
    /// </summary>
    /// <param name="what">"response '200'" or "request body".</param>
    /// <param name="isResponse">A response (the method does not return the items) or a request body (it does not send them).</param>
    public static void ReportStreaming(ParseContext context, SourceLocation location, string what, string operationName, string mediaType, bool isResponse)
        => context.Diagnostics.Add(SpecDiagnostic.Create(
            DiagnosticDescriptors.StreamingNotGenerated,
            location,
            what,
            operationName,
            mediaType,
            isResponse ? "return" : "send",
            isResponse
                ? "Until they are, read the body with Specweave.Runtime.Streaming (docs/openapi-3.2.md)"
                : "Until they are, send the body through the client's HttpClient"));

    /// <summary>The document's <c>$self</c>: its base URI is not used to resolve references.</summary>
    public static void ReportSelf(ParseContext context, SpecNode rootNode, DocMapping mapping)
    {
        if (mapping.Get("$self") is { } self)
        {
            Report(context, DiagnosticDescriptors.SelfNotApplied, rootNode.Child(self, "$self"), (self as DocScalar)?.Value ?? string.Empty);
        }
    }

    /// <summary>True for the media types whose body is a sequence of items that an itemSchema describes.</summary>
    public static bool IsSequential(string mediaType)
        => MediaTypes.StreamFormat(mediaType) is not null || MediaTypes.HasEssence(mediaType, MediaTypes.MultipartMixed);

    /// <summary>An RFC 9110 token, what an HTTP method name is.</summary>
    private static bool IsToken(string text)
    {
        foreach (var c in text)
        {
            var isTChar = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
            if (!isTChar)
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>
    /// True for the sequential media types whose responses are generated as streams of items (server-sent events, JSON
    /// Lines, JSON text sequences); multipart/mixed responses and every streamed request body are still reported.
    /// </summary>
    public static bool IsStreamedResponse(string mediaType) => MediaTypes.StreamFormat(mediaType) is not null;

    /// <summary>"listThings" when the operation has an operationId, else "QUERY /things".</summary>
    private static string OperationName(DocNode operation, string method, string path)
        => (operation as DocMapping)?.GetString("operationId") ?? method.ToUpperInvariant() + " " + path;

    private static void Report(ParseContext context, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SpecNode node, params string[] args)
        => context.Diagnostics.Add(SpecDiagnostic.Create(descriptor, ParseContext.Location(node), args));
}
