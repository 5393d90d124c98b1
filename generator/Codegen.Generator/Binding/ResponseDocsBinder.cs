using System;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Chooses the text of an operation's <c>&lt;returns&gt;</c> and <c>&lt;exception&gt;</c> documentation: the success
/// response's description (the one <see cref="ResponseTypeBinder"/> returns the content of), and every other documented
/// response, since Refit throws ApiException for any status outside 2xx.
/// </summary>
internal static class ResponseDocsBinder
{
    public static ResponseDocs Bind(ApiOperation operation, TypeResolver types)
    {
        // The response whose content the method returns; without content, the first 2xx still says what success means.
        var success = ResponseTypeBinder.SuccessResponse(operation, out _);
        var documented = success ?? operation.Responses.FirstOrDefault(r => IsSuccess(r.StatusCode));
        var returns = documented?.Description is { } description && !string.IsNullOrWhiteSpace(description)
            ? description
            : success is null ? null : Naming(success, types);

        // "default" is the success response only when there is no 2xx; otherwise it stands for every other status.
        var defaultIsSuccess = !operation.Responses.Any(r => IsSuccess(r.StatusCode));
        var errors = operation.Responses
            .Where(r => !IsSuccess(r.StatusCode) && (r.StatusCode != "default" || !defaultIsSuccess))
            .OrderBy(r => r.StatusCode == "default" ? 1 : 0)
            .ThenBy(r => r.StatusCode.ToUpperInvariant(), StringComparer.Ordinal)
            .GroupBy(r => r.Description ?? string.Empty, StringComparer.Ordinal)
            .Select(g => new ErrorResponseDoc(g.Select(r => r.StatusCode).ToImmutableEquatableArray(), g.First().Description))
            .ToImmutableEquatableArray();
        return returns is null && errors.Count == 0 ? ResponseDocs.None : new ResponseDocs(returns, errors);
    }

    /// <summary>A response without a description: a sentence that names what the method returns (a fact, not filler).</summary>
    private static string Naming(ApiResponse response, TypeResolver types)
    {
        var media = response.MediaType ?? MediaTypes.Json;
        if (!MediaTypes.IsJson(media))
        {
            return "The response body (" + MarkdownText.Code(media) + ").";
        }

        var type = types.Resolve(response.SchemaId ?? SchemaReader.AnyId);
        return type.Collection == CollectionKind.None
            ? "The " + Describe(type) + " the service returns."
            : "A " + Describe(type).Substring(2) + ".";
    }

    private static string Describe(TypeRef type) => type.Collection switch
    {
        CollectionKind.List when type.Element is { } element => "a list of " + Describe(element),
        CollectionKind.Map when type.Element is { } value => "a map of names to " + Describe(value),
        _ => MarkdownText.Code(ShortName(type.Name)),
    };

    private static string ShortName(string name)
    {
        var bare = name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
        return bare.IndexOf('<') < 0 && bare.LastIndexOf('.') is var dot and >= 0 ? bare.Substring(dot + 1) : bare;
    }

    private static bool IsSuccess(string statusCode) => statusCode.Length == 3 && statusCode[0] == '2';
}
