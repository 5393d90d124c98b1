using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Parsing.Model;

/// <summary>One HTTP operation: a method on a path, with path-level parameters already merged in.</summary>
/// <remarks>Equality contract: value equality over every member.</remarks>
internal sealed record ApiOperation(
    string Path,
    string Method,
    string? OperationId,
    string? Summary,
    string? Description,
    bool Deprecated,
    ImmutableEquatableArray<string> Tags,
    ImmutableEquatableArray<ApiParameter> Parameters,
    ApiRequestBody? RequestBody,
    ImmutableEquatableArray<ApiResponse> Responses,
    SourceLocation Location,
    ApiPaging? Paging = null);

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <summary>A path, query, header or cookie parameter.</summary>
/// <param name="IsJsonContent">Declared with <c>content: application/json</c> (or another JSON media type): the value is a JSON document's text.</param>
/// <param name="IsQueryString">OpenAPI 3.2 <c>in: querystring</c>: the value is the whole query string, as name=value pairs (form content) or its JSON text (<paramref name="IsJsonContent"/>).</param>
/// <param name="SchemaNumber">The number of <paramref name="SchemaId"/> (<see cref="SchemaNumbers"/>); -1 when not known.</param>
internal sealed record ApiParameter(
    string Name,
    ParameterLocation In,
    bool Required,
    string SchemaId,
    string? Description,
    bool Deprecated,
    string? Style,
    bool? Explode,
    SourceLocation Location,
    bool IsJsonContent = false,
    bool IsQueryString = false,
    int SchemaNumber = SchemaNumbers.Unknown);

/// <summary>The request body: the media type chosen for generation and its schema.</summary>
/// <param name="ItemSchemaId">
/// OpenAPI 3.2's <c>itemSchema</c> of a sequential media type (<c>application/jsonl</c>, ...): the schema of each
/// item of a streamed body. Read, not generated yet (docs/openapi-3.2.md).
/// </param>
/// <param name="SchemaNumber">The number of <paramref name="SchemaId"/> (<see cref="SchemaNumbers"/>); -1 when not known.</param>
internal sealed record ApiRequestBody(string MediaType, string? SchemaId, bool Required, string? Description, SourceLocation Location, string? ItemSchemaId = null, int SchemaNumber = SchemaNumbers.Unknown);

/// <summary>A response by status code ("200", "4XX", "default"), with the schema of its chosen media type.</summary>
/// <param name="ItemSchemaId">
/// OpenAPI 3.2's <c>itemSchema</c> of a sequential media type (<c>text/event-stream</c>, <c>application/jsonl</c>,
/// <c>application/x-ndjson</c>, <c>application/json-seq</c>): the schema of each item of a streamed body, which
/// Specweave.Runtime.Streaming reads as it arrives. Read, not generated yet (docs/openapi-3.2.md).
/// </param>
/// <param name="SchemaNumber">The number of <paramref name="SchemaId"/> (<see cref="SchemaNumbers"/>); -1 when not known.</param>
internal sealed record ApiResponse(string StatusCode, string? Description, string? MediaType, string? SchemaId, SourceLocation Location, string? ItemSchemaId = null, int SchemaNumber = SchemaNumbers.Unknown);

/// <summary>Parameter styles beyond OpenAPI 3's own names.</summary>
internal static class ParameterStyles
{
    /// <summary>Swagger 2.0's collectionFormat "tsv", which OpenAPI 3 dropped; kept so the binder can still send it.</summary>
    public const string TabDelimited = "x-tabDelimited";
}
