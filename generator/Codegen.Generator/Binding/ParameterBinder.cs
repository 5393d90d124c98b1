using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Binds path, query, header and cookie parameters to method parameters with Refit attributes, choosing
/// for each a C# type whose value Refit writes the way the description means (see <see cref="WireFormats"/>).
/// Required parameters come first (C# needs optional ones last), each group in spec order.
/// </summary>
internal sealed class ParameterBinder
{
    public const string CookieHeader = "Cookie";

    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;
    private readonly WireFormats _formats;
    private readonly TextValues _textValues;
    private readonly List<SpecDiagnostic> _diagnostics;
    private readonly HashSet<TypeRef> _rootTypes;
    private readonly QueryStringConverters _queryStrings;

    /// <summary>
    /// Attribute models by what they say: a large description has the same few ([AliasAs("limit")],
    /// [Header("X-Request-Id")], [Query(CollectionFormat.Multi)]) on thousands of parameters.
    /// </summary>
    private readonly Dictionary<(ListFormat? List, string? Format), AttributeModel> _queryAttributes = new();
    private readonly Dictionary<(AttributeKind Kind, string Name), AttributeModel> _namedAttributes = new();

    /// <summary>The attributes of the parameter being bound, copied into its model.</summary>
    private readonly List<AttributeModel> _attributes = new();

    /// <param name="jsonQueryTypes">Receives the ids of schemas whose types are sent as JSON text in a query.</param>
    /// <param name="rootTypes">Receives the types of querystring parameters: the JSON context must list them.</param>
    /// <param name="queryStrings">Names the converter that writes each querystring parameter's type.</param>
    public ParameterBinder(SchemaShapes shapes, TypeResolver types, List<SpecDiagnostic> diagnostics, HashSet<string> jsonQueryTypes, HashSet<TypeRef> rootTypes, QueryStringConverters queryStrings)
    {
        _shapes = shapes;
        _types = types;
        _rootTypes = rootTypes;
        _queryStrings = queryStrings;
        _formats = new WireFormats(shapes, diagnostics, jsonQueryTypes);
        _textValues = new TextValues(shapes, types);
        _diagnostics = diagnostics;
    }

    public (List<BoundParameter> Required, List<BoundParameter> Optional) Bind(ApiOperation operation, PathTemplate path, NameScope scope)
    {
        var required = new List<BoundParameter>();
        var optional = new List<BoundParameter>();
        List<ApiParameter>? cookies = null;
        foreach (var parameter in operation.Parameters)
        {
            BoundParameter? model;
            if (parameter.In == ParameterLocation.Cookie)
            {
                // Only operations with cookies list them.
                cookies ??= operation.Parameters.Where(p => p.In == ParameterLocation.Cookie).ToList();
                model = ReferenceEquals(parameter, cookies[0]) ? CookieParameter(cookies, scope) : null;
            }
            else if (parameter.In == ParameterLocation.Path && path.PlaceholderFor(parameter.Name) is null)
            {
                // Refit would send it as a query parameter, which the API does not expect.
                _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, parameter.Location, $"The path parameter '{parameter.Name}' does not appear in the path '{operation.Path}'",
                    "it is not generated",
                    $"Add {{{parameter.Name}}} to the path, or remove the parameter"));
                model = null;
            }
            else if (parameter.IsQueryString && QueryStringConflict(operation, parameter) is { } conflict)
            {
                var operationName = operation.OperationId ?? operation.Method.ToUpperInvariant() + " " + operation.Path;
                _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.QueryStringParameterNotGenerated, parameter.Location, parameter.Name, operationName, conflict.Found, conflict.Fix));
                model = null;
            }
            else
            {
                model = Bind(parameter, path, scope);
            }

            if (model is not null)
            {
                (model.Model.IsOptional ? optional : required).Add(model);
            }
        }

        foreach (var placeholder in path.Undeclared)
        {
            _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, operation.Location, $"The path placeholder {{{placeholder}}} has no parameter declared",
                "it is generated as a required string parameter",
                $"Declare it: {{ name: {placeholder}, in: path, required: true, schema: {{ type: string }} }}"));
            var name = Renames.Claim(scope, IdentifierNames.Camel(placeholder, "parameter"), placeholder, operation.Location, _diagnostics);
            var placeholderAttributes = new List<AttributeModel>();
            AddPathAlias(placeholderAttributes, name, placeholder);
            var model = new MethodParameterModel(name, TypeRef.Of(BuiltinType.String), false, placeholderAttributes.ToImmutableEquatableArray(), ParameterDefault.None, null);
            required.Add(new BoundParameter(model, ParameterLocation.Path, placeholder, null));
        }

        return (required, optional);
    }

    private BoundParameter Bind(ApiParameter parameter, PathTemplate path, NameScope scope)
    {
        var name = Renames.Claim(scope, IdentifierNames.Camel(parameter.Name, "parameter"), parameter.Name, parameter.Location, _diagnostics);
        var target = _shapes.Entry(parameter.SchemaId, parameter.SchemaNumber);
        var wire = _formats.For(parameter, target);
        var attributes = _attributes;
        attributes.Clear();
        switch (parameter.In)
        {
            case ParameterLocation.Path:
                if (wire.Format is not null)
                {
                    // Refit applies a [Query] Format to path values too, and still fills the placeholder.
                    attributes.Add(Query(null, wire.Format));
                }

                AddPathAlias(attributes, name, path.PlaceholderFor(parameter.Name)!);
                break;
            case ParameterLocation.Query when parameter.IsQueryString:
                // Refit would write it as name=value pairs of its own: a generated converter writes the whole query string.
                var queryStringType = _types.Resolve(target);
                var converter = _queryStrings.For(queryStringType, !parameter.Required || _types.IsNullable(target), parameter.IsJsonContent, parameter.Name);
                attributes.Add(Query(null, null));
                attributes.Add(AttributeModel.Of(AttributeKind.QueryConverter, AttributeArgument.TypeOf(converter)));
                _rootTypes.Add(queryStringType);
                break;
            case ParameterLocation.Query:
                attributes.Add(Query(wire.IsCollection ? WireFormats.ListFormatOf(parameter) : null, wire.Format));
                attributes.Add(Named(AttributeKind.AliasAs, parameter.Name));
                break;
            case ParameterLocation.Header:
                attributes.Add(Named(AttributeKind.Header, parameter.Name));
                break;
        }

        var nullable = !parameter.Required || (wire.Type is null && _types.IsNullable(target));
        var type = wire.Type ?? _types.Resolve(target);
        var model = new MethodParameterModel(name, type, nullable, attributes.ToImmutableEquatableArray(), parameter.Required ? ParameterDefault.None : ParameterDefault.Null, Describe(parameter, wire.Note));
        return new BoundParameter(model, parameter.In, parameter.Name, _textValues.For(parameter, wire, target));
    }

    /// <summary>
    /// Why an <c>in: querystring</c> parameter cannot be the whole query string: another parameter shares the query
    /// string (OpenAPI 3.2 allows neither a second querystring parameter nor one beside <c>in: query</c> ones), or, with
    /// form content, its schema has no name=value form. Null when it can.
    /// </summary>
    private (string Found, string Fix)? QueryStringConflict(ApiOperation operation, ApiParameter parameter)
    {
        var isBefore = true;
        foreach (var other in operation.Parameters)
        {
            if (ReferenceEquals(other, parameter))
            {
                isBefore = false;
            }
            else if (other.In == ParameterLocation.Query && !other.IsQueryString)
            {
                return ($"the operation also has the 'in: query' parameter '{other.Name}', and OpenAPI does not allow both", "Move the 'in: query' parameters into the querystring parameter's schema, or describe its fields as 'in: query' parameters");
            }
            else if (other.IsQueryString && isBefore)
            {
                // The first one is generated; each later one is reported.
                return ($"the operation already has the 'in: querystring' parameter '{other.Name}', and OpenAPI allows one", "Keep one 'in: querystring' parameter");
            }
        }

        return _formats.QueryStringProblem(parameter) is { } problem
            ? (problem, "Give it an object schema whose properties are single values or arrays of them, or send it as 'application/json'")
            : null;
    }

    /// <summary>
    /// Refit fills a path placeholder from the parameter whose [AliasAs] name, or else whose own name, matches
    /// it, and writes the value where the template's placeholder stands; no key formatter takes part. So a
    /// parameter named exactly like its placeholder needs no [AliasAs] (the comparison is ordinal, though Refit
    /// matches ignoring case, and without the '@' of an escaped keyword, which is not part of the name Refit sees).
    /// Query parameters keep [AliasAs] always: without it Refit passes the parameter name through
    /// RefitSettings.UrlParameterKeyFormatter, so a caller's snake_case or camelCase settings would change the key.
    /// </summary>
    private void AddPathAlias(List<AttributeModel> attributes, string parameterName, string placeholder)
    {
        var refitName = parameterName.StartsWith("@", StringComparison.Ordinal) ? parameterName.Substring(1) : parameterName;
        if (!string.Equals(refitName, placeholder, StringComparison.Ordinal))
        {
            attributes.Add(Named(AttributeKind.AliasAs, placeholder));
        }
    }

    /// <summary>
    /// [Query] with its collection format and value format: arrays follow style + explode (form exploded is
    /// ?a=1&amp;a=2, Multi; unexploded ?a=1,2, Csv; the delimited styles map to theirs). One model per distinct attribute.
    /// </summary>
    private AttributeModel Query(ListFormat? list, string? format)
    {
        if (!_queryAttributes.TryGetValue((list, format), out var attribute))
        {
            var arguments = new List<AttributeArgument>();
            if (list is { } collection)
            {
                arguments.Add(AttributeArgument.Collection(collection));
            }

            if (format is not null)
            {
                arguments.Add(AttributeArgument.QueryFormat(format));
            }

            attribute = AttributeModel.Of(AttributeKind.Query, arguments.ToArray());
            _queryAttributes.Add((list, format), attribute);
        }

        return attribute;
    }

    /// <summary>[AliasAs("name")] or [Header("name")]: one model per distinct attribute.</summary>
    private AttributeModel Named(AttributeKind kind, string name)
    {
        if (!_namedAttributes.TryGetValue((kind, name), out var attribute))
        {
            attribute = AttributeModel.Of(kind, AttributeArgument.String(name));
            _namedAttributes.Add((kind, name), attribute);
        }

        return attribute;
    }

    /// <summary>
    /// Cookies travel in one Cookie header ("a=1; b=2"), but Refit sets one header per parameter, so the
    /// operation's cookie parameters become a single string parameter for that header, documented with
    /// the cookies it carries; it is required when any of them is.
    /// </summary>
    private BoundParameter CookieParameter(List<ApiParameter> cookies, NameScope scope)
    {
        var name = Renames.ClaimFor(scope, "cookie", "The parameter holding the cookies", cookies[0].Location, _diagnostics, "To keep the name 'cookie' for it, rename the parameter that has it");
        var isRequired = cookies.Any(c => c.Required);
        var listed = string.Join(", ", cookies.Select(c => c.Description is null ? c.Name : $"{c.Name} ({c.Description.Trim()})"));
        var docs = $"The Cookie header, as name=value pairs separated by \"; \". Cookies: {listed}.";
        var model = new MethodParameterModel(
            name,
            TypeRef.Of(BuiltinType.String),
            !isRequired,
            new[] { AttributeModel.Of(AttributeKind.Header, AttributeArgument.String(CookieHeader)) }.ToImmutableEquatableArray(),
            isRequired ? ParameterDefault.None : ParameterDefault.Null,
            docs);
        return new BoundParameter(model, ParameterLocation.Cookie, CookieHeader, null);
    }

    /// <summary>[Obsolete] cannot go on a parameter, so a deprecated one says so in its documentation; so does a value the caller formats.</summary>
    private static string? Describe(ApiParameter parameter, string? note)
    {
        var description = parameter.Description?.Trim();
        if (!parameter.Deprecated && string.IsNullOrEmpty(note))
        {
            // Most parameters: the description alone, or nothing.
            return string.IsNullOrEmpty(description) ? null : description;
        }

        var parts = new[] { parameter.Deprecated ? "Deprecated." : null, description, note }.Where(p => !string.IsNullOrEmpty(p));
        var text = string.Join(" ", parts);
        return text.Length == 0 ? null : text;
    }
}
