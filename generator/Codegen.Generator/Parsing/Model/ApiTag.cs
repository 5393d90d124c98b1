using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Parsing.Model;

/// <summary>A tag the document declares in its top-level "tags" list, in spec order.</summary>
/// <param name="Summary">OpenAPI 3.2: a short display name.</param>
/// <param name="Parent">OpenAPI 3.2: the name of the tag this one is nested under; null at the top, or when it names no declared tag or a cycle (reported).</param>
/// <param name="Kind">OpenAPI 3.2: what the tag is for ("nav", "badge", "audience", ...), free-form.</param>
/// <remarks>Equality contract: value equality over every member.</remarks>
internal sealed record ApiTag(string Name, string? Summary, string? Description, string? Parent, string? Kind, SourceLocation Location);
