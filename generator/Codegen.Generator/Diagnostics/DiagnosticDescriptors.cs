using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Codegen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: never renumber, only add.
/// The catalogue with an example and the fix for each id is docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string SpecCategory = "OpenApi.Spec";
    private const string GeneratorCategory = "OpenApi.Generator";
    // Relative to the repository root: the catalogue ships with the generator.
    private const string HelpBase = "docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor MalformedDocument = Error(
        "OAG0001", "Malformed YAML or JSON", "The spec is not well-formed YAML/JSON: {0}", SpecCategory);

    public static readonly DiagnosticDescriptor UnresolvedReference = Error(
        "OAG0002", "Unresolved $ref", "The $ref '{0}' does not resolve: {1}", SpecCategory);

    public static readonly DiagnosticDescriptor RemoteReference = Error(
        "OAG0003", "Remote $ref", "The $ref '{0}' points at a remote document, which is never fetched; download it beside the spec and refer to the local copy", SpecCategory);

    public static readonly DiagnosticDescriptor ReferenceOutsideSpecFolder = Error(
        "OAG0004", "$ref outside the spec folder", "The $ref '{0}' leaves the spec's folder; move the file under it or allow it with the option 'AllowExternalReferences'", SpecCategory);

    public static readonly DiagnosticDescriptor NotOpenApi = Error(
        "OAG0005", "Not an OpenAPI description", "The document is not a supported OpenAPI description: {0}", SpecCategory);

    public static readonly DiagnosticDescriptor DuplicateOperationId = Error(
        "OAG0006", "Duplicate operationId", "The operationId '{0}' is also used by {1}; operationIds must be unique", SpecCategory);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Warning(
        "OAG0007", "Unsupported construct", "{0} is not supported and was {1}", GeneratorCategory);

    public static readonly DiagnosticDescriptor UnexpectedNodeType = Error(
        "OAG0008", "Unexpected value", "'{0}' must be {1}", SpecCategory);

    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "OAG0009", "Referenced file not found", "The file '{0}' referenced by a $ref cannot be read", SpecCategory);

    public static readonly DiagnosticDescriptor CircularReference = Error(
        "OAG0010", "Circular $ref", "The $ref '{0}' refers to itself through a chain of $refs with no schema in between", SpecCategory);

    public static readonly DiagnosticDescriptor RenamedIdentifier = Warning(
        "OAG0011", "Name collision", "'{0}' collides with another name after conversion to C#; it was named '{1}'", GeneratorCategory);

    public static readonly DiagnosticDescriptor DiscriminatorNotApplied = Warning(
        "OAG0012", "Discriminator not applied", "The discriminator '{0}' of '{1}' is not applied: {2}; {3}", GeneratorCategory);

    public static readonly DiagnosticDescriptor PagingNotApplied = Warning(
        "OAG0013", "Paging extension not applied", "The {0} extension of {1} is not applied: {2}; the operation is generated without a pager", GeneratorCategory);

    // OAG0020-OAG0029: robustness of reading and hosting (see docs/diagnostics.md).
    public static readonly DiagnosticDescriptor GeneratorFailure = Error(
        "OAG0020", "Generator failure", "The generator failed unexpectedly: {0}; please report this with the spec that caused it", GeneratorCategory);

    public static readonly DiagnosticDescriptor SpecFileUnreadable = Error(
        "OAG0021", "Spec file cannot be read", "The spec file cannot be read: {0}", SpecCategory);

    public static readonly DiagnosticDescriptor NestingTooDeep = Error(
        "OAG0022", "Nesting too deep", "The document nests deeper than {0} levels; move deep parts into components and $ref them", SpecCategory);

    public static readonly DiagnosticDescriptor AliasMisuse = Error(
        "OAG0023", "YAML alias not allowed here", "The YAML alias '*{0}' {1}", SpecCategory);

    public static readonly DiagnosticDescriptor OutputNotWritable = Error(
        "OAG0024", "Output cannot be written", "The generated files cannot be written: {0}", GeneratorCategory);

    public static readonly DiagnosticDescriptor OmittedHeaderNotFound = Warning(
        "OAG0030", "Omitted header not found", "OmitHeaders names the header '{0}', which no operation of the description has; check its spelling, or remove it from OmitHeaders", GeneratorCategory);

    // OAG0050-OAG0059: OpenAPI 3.2 constructs that are read but not generated yet (see docs/openapi-3.2.md).
    public static readonly DiagnosticDescriptor OperationNotGenerated = Warning(
        "OAG0050", "OpenAPI 3.2 operation not generated", "OpenAPI 3.2 {0} are not generated yet; the operation {1} was skipped. Send it through the client's HttpClient until they are", GeneratorCategory);

    public static readonly DiagnosticDescriptor QueryStringParameterNotGenerated = Warning(
        "OAG0051", "OpenAPI 3.2 querystring parameter not generated", "OpenAPI 3.2 'in: querystring' parameters are not generated yet; the parameter '{0}' of {1} was skipped, so the method sends no query string for it. Describe its fields as 'in: query' parameters to have them generated", GeneratorCategory);

    public static readonly DiagnosticDescriptor StreamingNotGenerated = Warning(
        "OAG0052", "Streamed body not generated", "The {0} of {1} is a stream of items ('{2}' with an itemSchema); streamed bodies are not generated yet, so the method does not {3} its items. {4}", GeneratorCategory);

    public static readonly DiagnosticDescriptor SelfNotApplied = Warning(
        "OAG0053", "$self not applied", "The document's '$self' ('{0}') is not used; relative $refs resolve against the file's own location. Keep the files in the folder layout of their $self URIs", GeneratorCategory);

    public static readonly DiagnosticDescriptor DefaultMappingNotApplied = Warning(
        "OAG0054", "Discriminator defaultMapping not applied", "The discriminator defaultMapping '{0}' of '{1}' is not applied yet; a payload whose '{2}' is absent or not mapped is read as before, not as '{0}'. Map the known values in 'mapping' where the fallback matters", GeneratorCategory);

    public static readonly DiagnosticDescriptor TagNotUsable = Warning(
        "OAG0055", "Tag not usable", "{0}; {1}. {2}", SpecCategory);

    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = new[]
    {
        MalformedDocument, UnresolvedReference, RemoteReference, ReferenceOutsideSpecFolder, NotOpenApi,
        DuplicateOperationId, UnsupportedConstruct, UnexpectedNodeType, UnreadableFile, CircularReference,
        RenamedIdentifier, DiscriminatorNotApplied, PagingNotApplied,
        GeneratorFailure, SpecFileUnreadable, NestingTooDeep, AliasMisuse, OutputNotWritable, OmittedHeaderNotFound,
        OperationNotGenerated, QueryStringParameterNotGenerated, StreamingNotGenerated, SelfNotApplied, DefaultMappingNotApplied, TagNotUsable,
    }.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static IEnumerable<DiagnosticDescriptor> All => DescriptorsById.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => DescriptorsById[id];

    private static DiagnosticDescriptor Error(string id, string title, string message, string category)
        => new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category)
        => new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
