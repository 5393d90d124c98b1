using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Binds an operation's paging extension to a pager beside its Refit method. Everything that can be checked
/// before run time is checked here: the success response is an object, itemName names an array property
/// of it, nextLinkName a string (kind url) or a link object {uri, method, headers: [{key, value}]} (kind
/// link). Anything else is OAG0013 at the value that says it, and no pager: the Refit method is generated
/// either way.
/// </summary>
/// <remarks>
/// A page after the first is requested through the same Refit method, with the link's query parameters
/// (and, for links of kind link, its headers) mapped by name onto the method's parameters. Query parameters
/// the link leaves out are not sent (the link is the whole next request), except required ones, which keep
/// the caller's value; headers, path parameters, cookies and the body keep the caller's values.
/// </remarks>
internal sealed class PagerBinder
{
    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;
    private readonly IReadOnlyDictionary<string, RecordModel> _records;
    private readonly List<SpecDiagnostic> _diagnostics;

    public PagerBinder(SchemaShapes shapes, TypeResolver types, IReadOnlyDictionary<string, RecordModel> records, List<SpecDiagnostic> diagnostics)
    {
        _shapes = shapes;
        _types = types;
        _records = records;
        _diagnostics = diagnostics;
    }

    /// <param name="methodName">The Refit method that every page request goes through.</param>
    /// <param name="parameters">The Refit method's parameters in order, without the cancellation token.</param>
    /// <param name="interfaceScope">The interface's method names: an extension method named like one of them would never be called.</param>
    public PagerModel? Bind(ApiOperation operation, ApiPaging paging, string methodName, IReadOnlyList<BoundParameter> parameters, NameScope interfaceScope)
    {
        var label = operation.OperationId ?? operation.Method.ToUpperInvariant() + " " + operation.Path;
        var response = ResponseTypeBinder.SuccessResponse(operation, out var mayBeEmpty);
        if (response?.SchemaId is not { } responseId || !MediaTypes.IsJson(response.MediaType ?? MediaTypes.Json))
        {
            return Reject(paging, paging.Location, label, "the operation has no JSON success response with a schema to read pages from");
        }

        var responseSchema = _shapes.Unwrap(_shapes[responseId]);
        if (_shapes.Kind(responseSchema) != SchemaShapeKind.Record || RecordFor(responseSchema) is null)
        {
            return Reject(paging, paging.Location, label, $"its success response '{Display(responseSchema)}' is not an object");
        }

        var items = Property(responseSchema, paging.ItemName);
        if (items is null)
        {
            return Reject(paging, paging.ItemNameLocation, label, $"itemName '{paging.ItemName}': '{Display(responseSchema)}' has no such property");
        }

        var itemsType = _types.Resolve(items.Value.SchemaId);
        if (_shapes.Kind(_shapes.Unwrap(_shapes[items.Value.SchemaId])) != SchemaShapeKind.Array || itemsType.Element is not { } element)
        {
            return Reject(paging, paging.ItemNameLocation, label, $"itemName '{paging.ItemName}' of '{Display(responseSchema)}' is not an array");
        }

        ImmutableEquatableArray<PathStep>? nextLink = null;
        LinkObjectModel? link = null;
        if (paging.NextLinkName is { } nextLinkName)
        {
            var resolved = ResolvePath(responseSchema, nextLinkName, paging.NextLinkIsPath, out var failure);
            if (resolved is null)
            {
                return Reject(paging, paging.NextLinkLocation, label, $"nextLinkName '{nextLinkName}': {failure}");
            }

            var target = _shapes.Unwrap(_shapes[resolved.Value.SchemaId]);
            if (paging.NextLinkKind == NextLinkKind.Url && !IsString(target))
            {
                var hint = paging.NextLinkIsPath && _shapes.Kind(target) == SchemaShapeKind.Record ? " (an object is a link: nextLinkKind: link)" : string.Empty;
                return Reject(paging, paging.NextLinkLocation, label, $"nextLinkName '{nextLinkName}' is not a string, which a next link of kind url is{hint}");
            }

            if (paging.NextLinkKind == NextLinkKind.Link)
            {
                link = LinkObject(target, out failure);
                if (link is null)
                {
                    return Reject(paging, paging.NextLinkLocation, label, $"nextLinkName '{nextLinkName}' is not a link object {{uri, method, headers: [{{key, value}}]}}: {failure}");
                }
            }

            nextLink = resolved.Value.Steps;
        }

        var what = $"The pager of '{operation.OperationId ?? operation.Method.ToUpperInvariant() + " " + operation.Path}'";
        var name = Renames.ClaimFor(interfaceScope, InterfaceBinder.BaseName(operation), what, paging.Location, _diagnostics, "To choose the name, rename the operationId of the operation that has it first", "PagedAsync");
        var locals = new NameScope(parameters.Select(p => p.Model.Name).Append("cancellationToken").ToArray());
        return new PagerModel(
            name,
            methodName,
            label,
            operation.Method.ToUpperInvariant(),
            operation.Summary ?? operation.Description,
            operation.Deprecated,
            paging.ItemName,
            paging.NextLinkName,
            _types.Resolve(responseId),
            mayBeEmpty,
            element,
            itemsType.ElementNullable,
            new[] { items.Value.Step }.ToImmutableEquatableArray(),
            nextLink,
            link,
            new PagerLocals(
                locals.Claim("api"),
                locals.Claim("link"),
                locals.Claim("pageCancellation"),
                locals.Claim("response"),
                locals.Claim("next"),
                locals.Claim("text"),
                locals.Claim("header")),
            parameters.Select(Argument).ToImmutableEquatableArray());
    }

    /// <summary>
    /// Where a parameter's value comes from on pages after the first. A link replaces the query, so a query
    /// parameter it does not carry is left out unless C# cannot leave it out (required); headers are the
    /// caller's unless a link of kind link sends its own; everything else is the caller's.
    /// </summary>
    private static PagerArgument Argument(BoundParameter parameter)
    {
        var isRequired = !parameter.Model.IsOptional;
        return parameter.In switch
        {
            ParameterLocation.Query when parameter.ReadBack is { } value => new PagerArgument(parameter.Model, NextPageSource.Query, parameter.WireName, value, isRequired),
            ParameterLocation.Query => new PagerArgument(parameter.Model, isRequired ? NextPageSource.Caller : NextPageSource.Omitted),
            ParameterLocation.Header when parameter.ReadBack is { } value => new PagerArgument(parameter.Model, NextPageSource.Header, parameter.WireName, value, true),
            _ => new PagerArgument(parameter.Model, NextPageSource.Caller),
        };
    }

    /// <summary>{uri, method, headers: [{key, value}]}: uri is required, method and headers optional, all text.</summary>
    private LinkObjectModel? LinkObject(ApiSchema schema, out string failure)
    {
        failure = string.Empty;
        if (_shapes.Kind(schema) != SchemaShapeKind.Record || RecordFor(schema) is null)
        {
            failure = $"'{Display(schema)}' is not an object";
            return null;
        }

        if (Property(schema, "uri") is not { } uri || !IsString(_shapes.Unwrap(_shapes[uri.SchemaId])))
        {
            failure = $"'{Display(schema)}' has no string property 'uri'";
            return null;
        }

        var method = Property(schema, "method");
        if (method is not null && !IsString(_shapes.Unwrap(_shapes[method.Value.SchemaId])))
        {
            failure = $"'method' of '{Display(schema)}' is not a string";
            return null;
        }

        if (Property(schema, "headers") is not { } headers)
        {
            return new LinkObjectModel(uri.Step.PropertyName, method?.Step.PropertyName, null, null, null);
        }

        var list = _shapes.Unwrap(_shapes[headers.SchemaId]);
        var header = list.ItemsId is { } itemsId ? _shapes.Unwrap(_shapes[itemsId]) : null;
        var key = header is not null && _shapes.Kind(header) == SchemaShapeKind.Record ? Property(header, "key") : null;
        var value = header is not null && _shapes.Kind(header) == SchemaShapeKind.Record ? Property(header, "value") : null;
        if (_shapes.Kind(list) != SchemaShapeKind.Array || key is null || value is null
            || !IsString(_shapes.Unwrap(_shapes[key.Value.SchemaId])) || !IsString(_shapes.Unwrap(_shapes[value.Value.SchemaId])))
        {
            failure = $"'headers' of '{Display(schema)}' is not an array of objects with string properties 'key' and 'value'";
            return null;
        }

        return new LinkObjectModel(uri.Step.PropertyName, method?.Step.PropertyName, headers.Step.PropertyName, key.Value.Step.PropertyName, value.Value.Step.PropertyName);
    }

    /// <summary>
    /// The properties from the response to the next link. A name that is a property of its own wins
    /// (AutoRest's "@odata.nextLink" is one property); otherwise x-pageable reads dots as a path.
    /// </summary>
    private (ImmutableEquatableArray<PathStep> Steps, string SchemaId)? ResolvePath(ApiSchema root, string name, bool dottedPath, out string failure)
    {
        failure = string.Empty;
        if (Property(root, name) is { } whole)
        {
            return (new[] { whole.Step }.ToImmutableEquatableArray(), whole.SchemaId);
        }

        if (!dottedPath || name.IndexOf('.') < 0)
        {
            failure = $"'{Display(root)}' has no such property";
            return null;
        }

        var segments = name.Split('.');
        var steps = new List<PathStep>();
        var current = root;
        for (var i = 0; i < segments.Length; i++)
        {
            if (_shapes.Kind(current) != SchemaShapeKind.Record)
            {
                failure = $"'{string.Join(".", segments.Take(i))}' is not an object";
                return null;
            }

            if (Property(current, segments[i]) is not { } property)
            {
                failure = $"'{Display(current)}' has no property '{segments[i]}'";
                return null;
            }

            steps.Add(property.Step);
            current = _shapes.Unwrap(_shapes[property.SchemaId]);
            if (i == segments.Length - 1)
            {
                return (steps.ToImmutableEquatableArray(), property.SchemaId);
            }
        }

        failure = $"'{Display(root)}' has no such property";
        return null;
    }

    /// <summary>A property by its JSON name, with the C# name the record gave it and whether it may be null there.</summary>
    private (PathStep Step, string SchemaId)? Property(ApiSchema owner, string jsonName)
    {
        var entry = _shapes.EffectiveProperties(owner).FirstOrDefault(p => string.Equals(p.Property.JsonName, jsonName, StringComparison.Ordinal));
        if (entry.Property is null || RecordFor(owner) is not { } record || Member(record, jsonName) is not { } member)
        {
            return null;
        }

        // As the property binder decides: optional, or required and nullable in the schema.
        return (new PathStep(member.Name, !member.IsRequired || _shapes.IsNullable(entry.Property.SchemaId)), entry.Property.SchemaId);
    }

    /// <summary>A member of a record or of one of its bases: a derived record holds only its own.</summary>
    private PropertyModel? Member(RecordModel record, string jsonName)
    {
        for (RecordModel? current = record; current is not null;)
        {
            if (current.Properties.FirstOrDefault(p => p.JsonName == jsonName) is { } found)
            {
                return found;
            }

            current = current.Base is { } derivedFrom && _records.TryGetValue(derivedFrom.BaseName, out var baseRecord) ? baseRecord : null;
        }

        return null;
    }

    private RecordModel? RecordFor(ApiSchema schema)
    {
        return _types.Resolve(schema.Id) is { Kind: TypeRefKind.Generated, Name: { } name } && _records.TryGetValue(name, out var record)
            ? record
            : null;
    }

    /// <summary>Text: a string of any format that stays a string or a Uri in C#.</summary>
    private bool IsString(ApiSchema schema)
        => _shapes.Kind(schema) == SchemaShapeKind.Primitive && _types.Resolve(schema.Id) is { Kind: TypeRefKind.Builtin, Builtin: BuiltinType.String or BuiltinType.Uri };

    private static string Display(ApiSchema schema) => schema.ComponentName ?? schema.NameHint.ToString();

    private PagerModel? Reject(ApiPaging paging, SourceLocation location, string label, string reason)
    {
        _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.PagingNotApplied, location, paging.Extension, label, reason));
        return null;
    }
}
