using System.Reflection;
using Refit;
using YamlDotNet.RepresentationModel;

namespace PartnerCenter.Customers.Tests.DocumentedSamples;

/// <summary>What a sample body is, according to the spec.</summary>
internal enum SampleRole
{
    /// <summary>The request body of an operation.</summary>
    RequestBody,

    /// <summary>A success response body of an operation.</summary>
    Response,

    /// <summary>The JSON value of a query parameter declared with <c>content: application/json</c>.</summary>
    QueryParameter,
}

/// <summary>How a sample file came to have its declared type.</summary>
internal enum SampleKind
{
    /// <summary>An example of the spec names the file in <c>x-sample-file</c>.</summary>
    Annotated,

    /// <summary>
    /// A published body with PascalCase member names, whose <c>*.camel-case.json</c> copy is annotated: it belongs to
    /// the same operation (samples/README.md, "camel-case copies").
    /// </summary>
    PascalCaseOriginal,

    /// <summary>A <c>*.published.json</c> body, not valid JSON, whose repaired copy (without <c>.published</c>) is mapped.</summary>
    Published,
}

/// <summary>
/// One example of the spec that names a sample: where it is, the type its schema declares, and the type the generated
/// client's Refit method for that operation (or parameter) reads or writes.
/// </summary>
internal sealed record SampleDeclaration(
    SampleAnnotation Annotation,
    SampleRole Role,
    string Place,
    YamlMappingNode Schema,
    Type SchemaType,
    Type OperationType);

/// <summary>A sample file and the declaration it is checked against.</summary>
internal sealed record SampleMapping(string FileName, SampleKind Kind, SampleDeclaration Declaration)
{
    public Type Type => Declaration.SchemaType;

    public SpecSchema Schema => SpecSchema.Of(SpecDocument.Customers, Declaration.Schema);
}

/// <summary>
/// Maps every file of <c>spec/samples</c> to the type it belongs to, from the spec's <c>x-sample-file</c> annotations
/// (and, for the files the spec cannot name, from the samples' naming conventions), so that a new sample cannot go
/// unchecked: a file without a mapping fails <see cref="SampleMappingTests"/>.
/// </summary>
internal static class SampleCatalog
{
    private const string CamelCaseSuffix = ".camel-case.json";
    private const string PublishedSuffix = ".published.json";

    private static readonly Lazy<IReadOnlyList<SampleDeclaration>> AllDeclarations = new(
        () => [.. SpecDocument.Customers.Annotations.Select(Declare)]);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Every file in the samples folder, by name, in ordinal order.</summary>
    public static IReadOnlyList<string> Files =>
        [.. Directory.GetFiles(Folder).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    /// <summary>The JSON bodies kept as published although they are not valid JSON.</summary>
    public static IReadOnlyList<string> PublishedFiles => [.. Files.Where(IsPublished)];

    /// <summary>Every other JSON file: the bodies that are valid JSON (requests, responses, filters, camel-case copies).</summary>
    public static IReadOnlyList<string> ValidJsonFiles => [.. Files.Where(name => name.EndsWith(".json", StringComparison.Ordinal) && !IsPublished(name))];

    public static IReadOnlyList<SampleDeclaration> Declarations => AllDeclarations.Value;

    public static bool IsPublished(string fileName) => fileName.EndsWith(PublishedSuffix, StringComparison.Ordinal);

    public static bool IsCamelCaseCopy(string fileName) => fileName.EndsWith(CamelCaseSuffix, StringComparison.Ordinal);

    /// <summary>The published original of a camel-case copy.</summary>
    public static string OriginalOfCamelCaseCopy(string fileName) => fileName[..^CamelCaseSuffix.Length] + ".json";

    /// <summary>The repaired copy of a published body.</summary>
    public static string RepairedCopyOf(string fileName) => fileName[..^PublishedSuffix.Length] + ".json";

    public static string Text(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    /// <summary>The declaration a sample file is checked against; null when there is none (which is a test failure).</summary>
    public static SampleMapping? Map(string fileName)
    {
        var declared = Declarations.Where(declaration => declaration.Annotation.FileName == fileName).ToList();
        if (declared.Count > 0)
        {
            if (declared.Select(declaration => declaration.SchemaType).Distinct().Count() > 1)
            {
                throw new InvalidOperationException($"The spec names {fileName} in examples of different types: {string.Join("; ", declared.Select(d => d.Place))}.");
            }

            return new SampleMapping(fileName, SampleKind.Annotated, declared[0]);
        }

        if (IsPublished(fileName))
        {
            return Map(RepairedCopyOf(fileName)) is { } repaired ? new SampleMapping(fileName, SampleKind.Published, repaired.Declaration) : null;
        }

        if (fileName.EndsWith(".json", StringComparison.Ordinal) && !IsCamelCaseCopy(fileName))
        {
            var copy = fileName[..^".json".Length] + CamelCaseSuffix;
            if (Map(copy) is { Kind: SampleKind.Annotated } camelCase)
            {
                return new SampleMapping(fileName, SampleKind.PascalCaseOriginal, camelCase.Declaration);
            }
        }

        return null;
    }

    private static SampleDeclaration Declare(SampleAnnotation annotation)
    {
        var spec = SpecDocument.Customers;
        var path = annotation.ExamplePath;

        // x-sample-file sits in an example: .../content/{media type}/examples/{name}; the media type holds the schema.
        if (path.Count < 4 || path[^2] != "examples" || path[^4] != "content")
        {
            throw new NotSupportedException($"x-sample-file at {annotation.Pointer} is not in an example of a media type.");
        }

        var mediaType = (YamlMappingNode)spec.At(path.Take(path.Count - 2))!;
        var schema = SpecDocument.Child(mediaType, "schema") as YamlMappingNode
            ?? throw new InvalidOperationException($"The media type of {annotation.Pointer} has no schema.");
        var schemaType = ClrType(spec, schema);
        var example = $"example '{path[^1]}' (spec line {annotation.Line})";

        if (path[0] == "paths")
        {
            var (route, method) = (path[1], path[2]);
            var operation = (YamlMappingNode)spec.At(path.Take(3))!;
            var operationId = SpecDocument.Scalar(operation, "operationId");
            var refitMethod = RefitMethod(route, method);
            var where = $"{operationId} ({method.ToUpperInvariant()} {route})";
            return path[3] switch
            {
                "requestBody" => new SampleDeclaration(annotation, SampleRole.RequestBody, $"{where}: request body, {example}", schema, schemaType, BodyType(refitMethod)),
                "responses" when path[4].StartsWith('2') => new SampleDeclaration(annotation, SampleRole.Response, $"{where}: {path[4]} response, {example}", schema, schemaType, ResponseType(refitMethod)),
                _ => throw new NotSupportedException($"x-sample-file at {annotation.Pointer} is neither a request body nor a success response."),
            };
        }

        if (path[0] == "components" && path[1] == "parameters")
        {
            var parameter = (YamlMappingNode)spec.At(path.Take(3))!;
            var name = SpecDocument.Scalar(parameter, "name")!;
            if (SpecDocument.Scalar(parameter, "in") != "query")
            {
                throw new NotSupportedException($"x-sample-file at {annotation.Pointer} is the value of a parameter that is not in the query.");
            }

            return new SampleDeclaration(annotation, SampleRole.QueryParameter, $"query parameter '{name}' ({path[2]}), {example}", schema, schemaType, QueryParameterType(name));
        }

        throw new NotSupportedException($"x-sample-file at {annotation.Pointer} is in no operation or parameter the tests know.");
    }

    /// <summary>The CLR type generated for a schema: a component's record, or a read-only list of one.</summary>
    private static Type ClrType(SpecDocument spec, YamlMappingNode schema)
    {
        if (SpecDocument.Scalar(schema, "$ref") is { } reference)
        {
            var (name, _) = spec.Resolve(reference);
            return typeof(Customer).Assembly.GetType($"{typeof(Customer).Namespace}.{name}")
                ?? throw new InvalidOperationException($"The client has no type for the schema '{name}'.");
        }

        if (SpecDocument.Scalar(schema, "type") == "array" && SpecDocument.Child(schema, "items") is YamlMappingNode items)
        {
            return typeof(IReadOnlyList<>).MakeGenericType(ClrType(spec, items));
        }

        throw new NotSupportedException($"A sample's schema at spec line {schema.Start.Line} is neither a reference nor an array of one.");
    }

    private static MethodInfo RefitMethod(string route, string method)
    {
        var matches = typeof(IPartnerCenterCustomersApi).GetMethods()
            .Where(candidate => candidate.GetCustomAttribute<HttpMethodAttribute>() is { } http
                && http.Path == route
                && string.Equals(http.Method.Method, method, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"{matches.Count} methods of {nameof(IPartnerCenterCustomersApi)} are {method.ToUpperInvariant()} {route}.");
    }

    private static Type ResponseType(MethodInfo method) =>
        // A JSON result's Refit method is hidden; the method callers call, which reads its response, returns the type.
        method.GetCustomAttribute<Specweave.Runtime.JsonResponseReaderAttribute>() is { } reader
            ? ResponseType(typeof(IPartnerCenterCustomersApi).GetMethod(reader.MemberName, [.. method.GetParameters().Select(p => p.ParameterType)])!)
            : method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetGenericArguments()[0]
            : throw new InvalidOperationException($"{method.Name} returns no body.");

    private static Type BodyType(MethodInfo method) =>
        method.GetParameters().Single(parameter => parameter.GetCustomAttribute<BodyAttribute>() is not null).ParameterType;

    private static Type QueryParameterType(string name)
    {
        var types = typeof(IPartnerCenterCustomersApi).GetMethods()
            .SelectMany(method => method.GetParameters())
            .Where(parameter => parameter.GetCustomAttribute<QueryAttribute>() is not null && parameter.GetCustomAttribute<AliasAsAttribute>()?.Name == name)
            .Select(parameter => Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType)
            .Distinct()
            .ToList();
        return types.Count == 1
            ? types[0]
            : throw new InvalidOperationException($"The query parameter '{name}' has {types.Count} types in {nameof(IPartnerCenterCustomersApi)}.");
    }
}
