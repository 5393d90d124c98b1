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
/// Binds a request body: JSON as a typed [Body]; a form as a typed [Body(UrlEncoded)]; multipart as
/// one parameter per part under [Multipart]; anything else (binary, text, XML, untyped multipart) as
/// HttpContent the caller builds, which keeps the Content-Type in the caller's hands.
/// </summary>
internal sealed class RequestBodyBinder
{
    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;
    private readonly List<SpecDiagnostic> _diagnostics;
    private readonly HashSet<TypeRef> _rootTypes;

    public RequestBodyBinder(SchemaShapes shapes, TypeResolver types, List<SpecDiagnostic> diagnostics, HashSet<TypeRef> rootTypes)
    {
        _shapes = shapes;
        _types = types;
        _diagnostics = diagnostics;
        _rootTypes = rootTypes;
    }

    public (IReadOnlyList<MethodParameterModel> Parameters, bool IsMultipart) Bind(ApiRequestBody body, NameScope scope)
    {
        var media = body.MediaType;
        var target = body.SchemaId is { } id ? _shapes.Entry(id, body.SchemaNumber) : (SchemaEntry?)null;
        var shape = target is { } written ? SchemaShapes.KindOf(_shapes.Unwrap(written).Schema) : SchemaShapeKind.Any;
        if (MediaTypes.IsJson(media))
        {
            var type = _types.ResolveOrAny(body.SchemaId, body.SchemaNumber);
            _rootTypes.Add(type);
            return (new[] { Single(body, scope, type, AttributeModel.Of(AttributeKind.Body)) }, false);
        }

        if (IsMedia(media, MediaTypes.FormUrlEncoded) && shape is SchemaShapeKind.Record or SchemaShapeKind.Map)
        {
            var attribute = AttributeModel.Of(AttributeKind.Body, AttributeArgument.UrlEncoded);
            return (new[] { Single(body, scope, _types.Resolve(target!.Value), attribute) }, false);
        }

        if (IsMedia(media, MediaTypes.Multipart) && shape == SchemaShapeKind.Record)
        {
            return (Parts(body, scope), true);
        }

        return (new[] { Single(body, scope, TypeRef.Of(BuiltinType.HttpContent), AttributeModel.Of(AttributeKind.Body)) }, false);
    }

    /// <summary>The body as one parameter: nullable when the body is optional.</summary>
    private MethodParameterModel Single(ApiRequestBody body, NameScope scope, TypeRef type, AttributeModel attribute)
        => new(
            Renames.ClaimFor(scope, "body", "The request body parameter", body.Location, _diagnostics, "To keep the name 'body' for it, rename the parameter that has it"),
            type,
            !body.Required,
            new[] { attribute }.ToImmutableEquatableArray(),
            body.Required ? ParameterDefault.None : ParameterDefault.Null,
            body.Description);

    /// <summary>
    /// One parameter per property, named on the wire by [AliasAs]. Refit sends a MultipartItem (StreamPart,
    /// ByteArrayPart, FileInfoPart) as a file part and a string as text; anything else it serializes as JSON,
    /// which is right for numbers, booleans, objects and arrays but would quote strings with a format (uuid,
    /// date-time) and enums, so those parts take the string the caller formats. readOnly properties are not sent.
    /// </summary>
    private List<MethodParameterModel> Parts(ApiRequestBody body, NameScope scope)
    {
        var schema = _shapes.Unwrap(_shapes[body.SchemaId!]);
        var parts = new List<MethodParameterModel>();
        foreach (var (property, propertyRequired) in _shapes.EffectiveProperties(schema))
        {
            var partSchema = _shapes[property.SchemaId];
            if (partSchema.ReadOnly)
            {
                continue;
            }

            var required = propertyRequired && body.Required;
            var type = PartType(property.SchemaId, out var serialized);
            if (serialized)
            {
                _rootTypes.Add(type);
            }

            var unwrapped = _shapes.Unwrap(partSchema);
            parts.Add(new MethodParameterModel(
                Renames.Claim(scope, IdentifierNames.Camel(property.JsonName, "part"), property.JsonName, property.Location, _diagnostics),
                type,
                !required,
                new[] { AttributeModel.Of(AttributeKind.AliasAs, AttributeArgument.String(property.JsonName)) }.ToImmutableEquatableArray(),
                required ? ParameterDefault.None : ParameterDefault.Null,
                property.Description ?? partSchema.Description ?? unwrapped.Description ?? partSchema.Title));
        }

        if (parts.Count == 0)
        {
            _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, body.Location, "The multipart/form-data body has no properties, so it has no parts",
                "the method is generated without body parameters",
                "Describe each part as a property of the body's schema"));
        }

        return parts.OrderBy(p => p.IsOptional ? 1 : 0).ToList();
    }

    /// <param name="serialized">Whether Refit serializes the value as JSON, so the JSON context must know its type.</param>
    private TypeRef PartType(string schemaId, out bool serialized)
    {
        serialized = false;
        var schema = _shapes.Unwrap(_shapes[schemaId]);
        if (IsBinary(schema))
        {
            return TypeRef.Of(BuiltinType.MultipartItem);
        }

        switch (SchemaShapes.KindOf(schema))
        {
            case SchemaShapeKind.Array when schema.ItemsId is { } itemsId && IsBinary(_shapes.Unwrap(_shapes[itemsId])):
                return TypeRef.Of(BuiltinType.MultipartItems);
            case SchemaShapeKind.Enum:
            case SchemaShapeKind.Primitive when schema.Types[0] == "string":
                return TypeRef.Of(BuiltinType.String);
            default:
                serialized = true;
                return _types.Resolve(schemaId);
        }
    }

    private static bool IsBinary(ApiSchema schema)
        => schema.Types.Count == 1 && schema.Types[0] == "string" && string.Equals(schema.Format, "binary", StringComparison.OrdinalIgnoreCase);

    /// <summary>Compares the media type without its parameters ("multipart/form-data; boundary=x").</summary>
    private static bool IsMedia(string media, string expected)
        => media.StartsWith(expected, StringComparison.OrdinalIgnoreCase)
           && (media.Length == expected.Length || media[expected.Length] is ';' or ' ');
}
