using System;
using System.Collections.Generic;
using System.Linq;
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
    private readonly HashSet<string> _rootTypes;

    public ResponseTypeBinder(SchemaShapes shapes, TypeResolver types, HashSet<string> rootTypes)
    {
        _shapes = shapes;
        _types = types;
        _rootTypes = rootTypes;
    }

    public string ReturnType(ApiOperation operation)
    {
        var success = operation.Responses
            .Where(r => IsSuccess(r.StatusCode))
            .OrderBy(r => r.StatusCode.ToUpperInvariant().Contains("X") ? 1 : 0)
            .ThenBy(r => r.StatusCode, StringComparer.Ordinal)
            .ToList();
        if (success.Count == 0)
        {
            success = operation.Responses.Where(r => r.StatusCode == "default").ToList();
        }

        var response = success.FirstOrDefault(HasContent);
        if (response is null)
        {
            return KnownTypes.Task;
        }

        var media = response.MediaType ?? MediaTypes.Json;
        if (MediaTypes.IsJson(media))
        {
            var type = _types.Resolve(response.SchemaId ?? SchemaReader.AnyId);
            _rootTypes.Add(type.Name);

            // 200 with a body beside 204 without: Refit gives null for the empty one, so say it may be null.
            var mayBeEmpty = success.Any(r => !HasContent(r)) && !type.IsValueType;
            return $"{KnownTypes.Task}<{type.Render(mayBeEmpty)}>";
        }

        if (media.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && !IsBinary(response.SchemaId))
        {
            return $"{KnownTypes.Task}<string>";
        }

        return $"{KnownTypes.Task}<{KnownTypes.Stream}>";
    }

    private static bool HasContent(ApiResponse response) => response.SchemaId is not null || response.MediaType is not null;

    private bool IsBinary(string? schemaId)
        => schemaId is not null && _shapes.Unwrap(_shapes[schemaId]).Format is "binary";

    private static bool IsSuccess(string statusCode)
        => statusCode.Length == 3 && statusCode[0] == '2'
           && (statusCode.Substring(1).All(char.IsDigit) || string.Equals(statusCode, "2XX", StringComparison.OrdinalIgnoreCase));
}
