using Codegen.Generator.Common;

namespace Codegen.Generator.Parsing.Model;

/// <summary>An OpenAPI description read into a version-neutral model (Swagger 2.0 is upgraded to this shape).</summary>
/// <remarks>
/// Equality contract: value equality over every member; collections compare element by element.
/// Schemas form a graph that may be recursive, so they live in one table keyed by <see cref="ApiSchema.Id"/>
/// and refer to each other by id.
/// </remarks>
internal sealed record ApiDocument(
    string SourcePath,
    string Title,
    string? Description,
    string Version,
    ImmutableEquatableArray<ApiServer> Servers,
    ImmutableEquatableArray<ApiOperation> Operations,
    ImmutableEquatableArray<ApiSchema> Schemas,
    ImmutableEquatableArray<ApiTag> Tags);

/// <summary>A server URL the spec lists.</summary>
internal sealed record ApiServer(string Url, string? Description);
