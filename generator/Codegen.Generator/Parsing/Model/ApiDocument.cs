using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Parsing.Model;

/// <summary>An OpenAPI description read into a version-neutral model (Swagger 2.0 is upgraded to this shape).</summary>
/// <remarks>
/// Equality contract: value equality over every member; collections compare element by element.
/// Schemas form a graph that may be recursive, so they live in one table keyed by <see cref="ApiSchema.Id"/>
/// and refer to each other by id; <see cref="SchemaIndex"/> says where each id is in it.
/// They are listed in the order the readers met them, which the text decides; what must not change when the text is
/// only reordered (type names) is decided in id order by the binder.
/// </remarks>
internal sealed record ApiDocument(
    string SourcePath,
    string Title,
    string? Description,
    string Version,
    ImmutableEquatableArray<ApiServer> Servers,
    ImmutableEquatableArray<ApiOperation> Operations,
    ImmutableEquatableArray<ApiSchema> Schemas,
    SchemaIndex SchemaIndex,
    ImmutableEquatableArray<ApiTag> Tags,
    MissingTitle? MissingTitle = null);

/// <summary>
/// The description has no info.title, which OpenAPI requires: <see cref="ApiDocument.Title"/> is then the file name,
/// and binding warns when that names the client.
/// </summary>
/// <param name="NoInfo">True when the whole info object is missing; false when only its title is.</param>
/// <param name="Location">Where the title belongs: the info object, or the document when there is none.</param>
internal sealed record MissingTitle(bool NoInfo, SourceLocation Location);

/// <summary>A server URL the spec lists.</summary>
internal sealed record ApiServer(string Url, string? Description);
