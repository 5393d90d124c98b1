using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Chooses a method's return type from its success responses (2xx; "default" when there is none):
/// JSON → the schema's type (JsonElement without a schema); text → string; anything else, binary
/// included → Stream. Stream rather than HttpResponseMessage keeps Refit's contract of every other
/// method: a non-success status throws ApiException instead of being returned for the caller to check.
/// No content → Task.
/// </summary>
internal sealed class ResponseTypeBinder
{
    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;
    private readonly HashSet<TypeRef> _rootTypes;

    public ResponseTypeBinder(SchemaShapes shapes, TypeResolver types, HashSet<TypeRef> rootTypes)
    {
        _shapes = shapes;
        _types = types;
        _rootTypes = rootTypes;
    }

    /// <summary>What the method's Task gives (null: nothing), and whether it may be null.</summary>
    public (TypeRef? Type, bool Nullable) ResultType(ApiOperation operation)
    {
        var response = SuccessResponse(operation, out var mayBeEmpty);
        if (response is null)
        {
            return (null, false);
        }

        var media = response.MediaType ?? MediaTypes.Json;
        if (MediaTypes.IsJson(media))
        {
            var type = _types.ResolveOrAny(response.SchemaId, response.SchemaNumber);
            _rootTypes.Add(type);

            // 200 with a body beside 204 without: Refit gives null for the empty one, so say it may be null.
            return (type, mayBeEmpty && !type.IsValueType);
        }

        if (media.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && !IsBinary(response.SchemaId))
        {
            return (TypeRef.Of(BuiltinType.String), false);
        }

        return (TypeRef.Of(BuiltinType.Stream), false);
    }

    /// <summary>
    /// The success response whose content the method returns: the first 2xx with content (exact codes
    /// before 2XX, "default" when there is no 2xx); <paramref name="mayBeEmpty"/> when another success
    /// response has no content, so Refit may return null.
    /// </summary>
    /// <remarks>A loop rather than a sort: three binders ask this of every operation, which has a few responses.</remarks>
    public static ApiResponse? SuccessResponse(ApiOperation operation, out bool mayBeEmpty)
    {
        ApiResponse? chosen = null;
        var hasSuccess = false;
        mayBeEmpty = false;
        foreach (var response in operation.Responses)
        {
            if (StatusKeys.IsSuccess(response.StatusCode))
            {
                hasSuccess = true;
                Consider(response, ref chosen, ref mayBeEmpty);
            }
        }

        if (!hasSuccess)
        {
            foreach (var response in operation.Responses)
            {
                if (response.StatusCode == StatusKeys.Default)
                {
                    Consider(response, ref chosen, ref mayBeEmpty);
                }
            }
        }

        return chosen;
    }

    /// <summary>Keeps the response with content that comes first: exact codes before 2XX, then by code; the earlier one of equals.</summary>
    private static void Consider(ApiResponse response, ref ApiResponse? chosen, ref bool mayBeEmpty)
    {
        if (!HasContent(response))
        {
            mayBeEmpty = true;
        }
        else if (chosen is null || Precedes(response, chosen))
        {
            chosen = response;
        }
    }

    private static bool Precedes(ApiResponse response, ApiResponse other)
    {
        var (range, otherRange) = (StatusKeys.IsRange(response.StatusCode), StatusKeys.IsRange(other.StatusCode));
        return range != otherRange ? !range : string.CompareOrdinal(response.StatusCode, other.StatusCode) < 0;
    }

    private static bool HasContent(ApiResponse response) => response.SchemaId is not null || response.MediaType is not null;

    private bool IsBinary(string? schemaId)
        => schemaId is not null && _shapes.Unwrap(_shapes[schemaId]).Format is "binary";
}
