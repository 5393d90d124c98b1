using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Binds operations to Refit methods: names, parameters with their Refit attributes, return types.</summary>
internal sealed class InterfaceBinder
{
    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;
    private readonly List<SpecDiagnostic> _diagnostics;
    private readonly HashSet<string> _rootTypes;

    public InterfaceBinder(SchemaShapes shapes, TypeResolver types, List<SpecDiagnostic> diagnostics, HashSet<string> rootTypes)
    {
        _shapes = shapes;
        _types = types;
        _diagnostics = diagnostics;
        _rootTypes = rootTypes;
    }

    public InterfaceModel Bind(string name, Documentation docs, IEnumerable<ApiOperation> operations)
    {
        var scope = new NameScope("Equals", "GetHashCode", "ToString", "GetType");
        var methods = operations.Select(o => BindMethod(o, scope)).ToImmutableEquatableArray();
        return new InterfaceModel(name, docs, methods);
    }

    private MethodModel BindMethod(ApiOperation operation, NameScope scope)
    {
        var baseName = operation.OperationId is { } operationId
            ? IdentifierNames.Pascal(operationId, "Operation")
            : IdentifierNames.Pascal(operation.Method + " " + operation.Path.Replace("{", " by ").Replace("}", " "), "Operation");
        var name = scope.Claim(baseName + "Async");

        var attributes = new List<AttributeModel> { AttributeModel.Of(RefitNames.HttpMethod(operation.Method), AttributeArgument.String(operation.Path)) };
        if (operation.Deprecated)
        {
            attributes.Add(AttributeModel.Of(RefitNames.Obsolete, AttributeArgument.String("This operation is deprecated in the API description.")));
        }

        if (operation.Method is "trace")
        {
            _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, operation.Location, "The TRACE method", "generated as GET"));
        }

        var parameters = BindParameters(operation, attributes);
        return new MethodModel(
            name,
            new Documentation(operation.Summary ?? operation.Description, operation.Summary is null ? null : operation.Description),
            operation.Deprecated,
            ReturnType(operation),
            attributes.ToImmutableEquatableArray(),
            parameters);
    }

    private ImmutableEquatableArray<MethodParameterModel> BindParameters(ApiOperation operation, List<AttributeModel> methodAttributes)
    {
        var scope = new NameScope("cancellationToken");
        var required = new List<MethodParameterModel>();
        var optional = new List<MethodParameterModel>();

        foreach (var parameter in operation.Parameters)
        {
            if (parameter.In == ParameterLocation.Cookie)
            {
                _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, parameter.Location, $"The cookie parameter '{parameter.Name}'", "left out of the method; set the Cookie header with a DelegatingHandler"));
                continue;
            }

            var name = scope.Claim(IdentifierNames.Camel(parameter.Name, "parameter"));
            var attributes = new List<AttributeModel>();
            var schema = _shapes.Unwrap(_shapes[parameter.SchemaId]);
            switch (parameter.In)
            {
                case ParameterLocation.Path:
                    attributes.Add(AttributeModel.Of(RefitNames.AliasAs, AttributeArgument.String(parameter.Name)));
                    break;
                case ParameterLocation.Query:
                    var isArray = SchemaShapes.KindOf(schema) == SchemaShapeKind.Array;
                    var explode = parameter.Explode ?? (parameter.Style is null or "form");
                    attributes.Add(isArray
                        ? AttributeModel.Of(RefitNames.Query, AttributeArgument.Code(explode ? RefitNames.CollectionFormatMulti : RefitNames.CollectionFormatCsv))
                        : AttributeModel.Of(RefitNames.Query));
                    attributes.Add(AttributeModel.Of(RefitNames.AliasAs, AttributeArgument.String(parameter.Name)));
                    break;
                case ParameterLocation.Header:
                    attributes.Add(AttributeModel.Of(RefitNames.Header, AttributeArgument.String(parameter.Name)));
                    break;
            }

            var isRequired = parameter.Required;
            var type = _types.Render(parameter.SchemaId, nullable: !isRequired || _types.IsNullable(parameter.SchemaId));
            var model = new MethodParameterModel(name, type, attributes.ToImmutableEquatableArray(), isRequired ? null : "null", parameter.Description);
            (isRequired ? required : optional).Add(model);
        }

        if (operation.RequestBody is { } body)
        {
            var bodyParameter = BindBody(operation, body, scope, methodAttributes);
            if (bodyParameter is not null)
            {
                (body.Required ? required : optional).Add(bodyParameter);
            }
        }

        optional.Add(new MethodParameterModel("cancellationToken", KnownTypes.CancellationToken, ImmutableEquatableArray<AttributeModel>.Empty, "default", "Cancels the request."));
        return required.Concat(optional).ToImmutableEquatableArray();
    }

    private MethodParameterModel? BindBody(ApiOperation operation, ApiRequestBody body, NameScope scope, List<AttributeModel> methodAttributes)
    {
        var name = scope.Claim("body");
        var nullableSuffix = body.Required ? string.Empty : "?";
        var defaultValue = body.Required ? null : "null";
        var media = body.MediaType.ToLowerInvariant();
        if (IsJson(media) && body.SchemaId is { } schemaId)
        {
            var type = _types.Render(schemaId, nullable: !body.Required);
            _rootTypes.Add(_types.Resolve(schemaId).Name);
            return new MethodParameterModel(name, type, new[] { AttributeModel.Of(RefitNames.Body) }.ToImmutableEquatableArray(), defaultValue, body.Description);
        }

        if (media == "application/x-www-form-urlencoded" && body.SchemaId is { } formId && SchemaShapes.KindOf(_shapes.Unwrap(_shapes[formId])) == SchemaShapeKind.Record)
        {
            var type = _types.Render(formId, nullable: !body.Required);
            var attribute = AttributeModel.Of(RefitNames.Body, AttributeArgument.Code(RefitNames.UrlEncoded));
            return new MethodParameterModel(name, type, new[] { attribute }.ToImmutableEquatableArray(), defaultValue, body.Description);
        }

        if (media == "multipart/form-data")
        {
            methodAttributes.Add(AttributeModel.Of(RefitNames.Multipart));
            _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, body.Location, "A multipart/form-data body's individual parts", "sent as one MultipartFormDataContent the caller builds"));
        }

        // Anything else (binary, text, multipart) is sent as content the caller builds.
        return new MethodParameterModel(name, KnownTypes.HttpContent + nullableSuffix, new[] { AttributeModel.Of(RefitNames.Body) }.ToImmutableEquatableArray(), defaultValue, body.Description);
    }

    private string ReturnType(ApiOperation operation)
    {
        var success = operation.Responses
            .Where(r => IsSuccess(r.StatusCode))
            .OrderBy(r => r.StatusCode, StringComparer.Ordinal)
            .ToList();
        if (success.Count == 0)
        {
            success = operation.Responses.Where(r => r.StatusCode == "default").ToList();
        }

        var response = success.FirstOrDefault(r => r.SchemaId is not null || r.MediaType is not null);
        if (response is null)
        {
            return KnownTypes.Task;
        }

        var media = response.MediaType?.ToLowerInvariant() ?? "application/json";
        if (IsJson(media) && response.SchemaId is { } schemaId)
        {
            var type = _types.Resolve(schemaId);
            _rootTypes.Add(type.Name);
            return $"{KnownTypes.Task}<{type.Name}>";
        }

        if (media.StartsWith("text/", StringComparison.Ordinal) && !IsBinary(response.SchemaId))
        {
            return $"{KnownTypes.Task}<string>";
        }

        // Binary and other content: the caller reads the response stream.
        return $"{KnownTypes.Task}<{KnownTypes.HttpResponseMessage}>";
    }

    private bool IsBinary(string? schemaId)
        => schemaId is not null && _shapes[schemaId].Format is "binary";

    private static bool IsJson(string media)
        => media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal) || media.StartsWith("application/json", StringComparison.Ordinal);

    private static bool IsSuccess(string statusCode)
        => statusCode.Length == 3 && statusCode[0] == '2'
           && (statusCode.Substring(1).All(char.IsDigit) || string.Equals(statusCode, "2XX", StringComparison.OrdinalIgnoreCase));
}
