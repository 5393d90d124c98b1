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
        "OAG0001", "Malformed YAML or JSON", "The file is not well-formed YAML or JSON: {0}; correct the syntax at or just before this position", SpecCategory);

    public static readonly DiagnosticDescriptor UnresolvedReference = Error(
        "OAG0002", "Unresolved $ref", "The $ref '{0}' does not resolve: {1}; correct the name or the JSON pointer", SpecCategory);

    public static readonly DiagnosticDescriptor RemoteReference = Error(
        "OAG0003", "Remote $ref", "The $ref '{0}' points at a remote document, which is never fetched; download it beside the spec and refer to the local copy", SpecCategory);

    public static readonly DiagnosticDescriptor ReferenceOutsideSpecFolder = Error(
        "OAG0004", "$ref outside the spec folder", "The $ref '{0}' leaves the spec's folder; move the file under it or allow it with the option 'AllowExternalReferences'", SpecCategory);

    public static readonly DiagnosticDescriptor NotOpenApi = Error(
        "OAG0005", "Not an OpenAPI description", "The document is not a supported OpenAPI description: {0}", SpecCategory);

    public static readonly DiagnosticDescriptor DuplicateOperationId = Warning(
        "OAG0006", "Duplicate operationId", "The operationId '{0}' is also used by {1} at {2}, and OpenAPI requires operationIds to be unique; both are generated, and this later one's method name gets a number (the first free one from 2). Give each operation its own operationId", SpecCategory);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Warning(
        "OAG0007", "Unsupported construct", "{0}; {1}. {2}", GeneratorCategory);

    public static readonly DiagnosticDescriptor UnexpectedNodeType = Error(
        "OAG0008", "Unexpected value", "'{0}' must be {1}", SpecCategory);

    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "OAG0009", "Referenced file not found", "The file '{0}' referenced by a $ref cannot be read; correct the path (relative to the file that holds the $ref) or add the file", SpecCategory);

    public static readonly DiagnosticDescriptor CircularReference = Error(
        "OAG0010", "Circular $ref", "The $ref '{0}' refers to itself through a chain of $refs with no schema in between; make one of them a schema", SpecCategory);

    public static readonly DiagnosticDescriptor RenamedIdentifier = Warning(
        "OAG0011", "Name collision", "{0} becomes '{1}' in C#, which is already {2}; it was named '{3}'. {4}", GeneratorCategory);

    public static readonly DiagnosticDescriptor DiscriminatorNotApplied = Warning(
        "OAG0012", "Discriminator not applied", "The discriminator '{0}' of {1} is not applied because {2}; {3}. {4}", GeneratorCategory);

    public static readonly DiagnosticDescriptor PagingNotApplied = Warning(
        "OAG0013", "Paging extension not applied", "The {0} extension of {1} is not applied: {2}; the operation is generated without a pager. Correct the extension or the response schema it names", GeneratorCategory);

    public static readonly DiagnosticDescriptor MissingInfo = Warning(
        "OAG0014", "No info title", "The description has no {0}, which OpenAPI requires; the client is named after the file instead ({1}). Add {2}, or set the ClientName option (--client-name)", SpecCategory);

    public static readonly DiagnosticDescriptor UnknownOpenApiVersion = Warning(
        "OAG0015", "Unknown OpenAPI version", "OpenAPI version '{0}' is newer than the versions the generator reads ({1}); it is read as {2}, and what the new version adds is ignored. Use a version listed, or a newer Specweave", SpecCategory);

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
        "OAG0024", "Output cannot be written", "The generated files cannot be written: {0}; choose an output folder that can be created and written", GeneratorCategory);

    public static readonly DiagnosticDescriptor InvalidNamespace = Error(
        "OAG0025", "Invalid namespace", "{0} is '{1}', which is not a valid C# namespace: {2}. {3}", GeneratorCategory);

    public static readonly DiagnosticDescriptor OmittedHeaderNotFound = Warning(
        "OAG0030", "Omitted header not found", "OmitHeaders names the header '{0}', which no operation of the description has; check its spelling, or remove it from OmitHeaders", GeneratorCategory);

    // OAG0050-OAG0059: OpenAPI 3.2 constructs that are read but not generated yet (see docs/openapi-3.2.md).
    public static readonly DiagnosticDescriptor OperationNotGenerated = Warning(
        "OAG0050", "OpenAPI 3.2 operation not generated", "The '{0}' operation {1} is not generated: {2}. {3}", GeneratorCategory);

    public static readonly DiagnosticDescriptor QueryStringParameterNotGenerated = Warning(
        "OAG0051", "OpenAPI 3.2 querystring parameter not generated", "The 'in: querystring' parameter '{0}' of {1} is not generated, so the method sends no query string for it: {2}. {3}", GeneratorCategory);

    public static readonly DiagnosticDescriptor StreamingNotGenerated = Warning(
        "OAG0052", "Streamed body not generated", "The {0} of {1} is a stream of items ('{2}' with an itemSchema); streamed bodies are not generated yet, so the method does not {3} its items. {4}", GeneratorCategory);

    public static readonly DiagnosticDescriptor SelfNotApplied = Warning(
        "OAG0053", "$self not applied", "The document's '$self' ('{0}') is not used; relative $refs resolve against the file's own location. Keep the files in the folder layout of their $self URIs", GeneratorCategory);

    // OAG0054 (discriminator defaultMapping not applied) is retired: defaultMapping is the converter's fallback now.
    public static readonly DiagnosticDescriptor TagNotUsable = Warning(
        "OAG0055", "Tag not usable", "{0}; {1}. {2}", SpecCategory);

    public static readonly DiagnosticDescriptor InvalidResponseKey = Warning(
        "OAG0056", "Response key not a status code", "The response key '{0}' is not an HTTP status code (100 to 599), a range (1XX to 5XX) or 'default'; the response is not generated. Write the status code it stands for, such as '200' or '4XX'", SpecCategory);

    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = new[]
    {
        MalformedDocument, UnresolvedReference, RemoteReference, ReferenceOutsideSpecFolder, NotOpenApi,
        DuplicateOperationId, UnsupportedConstruct, UnexpectedNodeType, UnreadableFile, CircularReference,
        RenamedIdentifier, DiscriminatorNotApplied, PagingNotApplied, MissingInfo, UnknownOpenApiVersion,
        GeneratorFailure, SpecFileUnreadable, NestingTooDeep, AliasMisuse, OutputNotWritable, InvalidNamespace, OmittedHeaderNotFound,
        OperationNotGenerated, QueryStringParameterNotGenerated, StreamingNotGenerated, SelfNotApplied, TagNotUsable,
        InvalidResponseKey,
    }.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static IEnumerable<DiagnosticDescriptor> All => DescriptorsById.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => DescriptorsById[id];

    private static DiagnosticDescriptor Error(string id, string title, string message, string category)
        => new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category)
        => new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
