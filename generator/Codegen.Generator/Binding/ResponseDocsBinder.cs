using System;
using System.Collections.Generic;
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
        var documented = success ?? operation.Responses.FirstOrDefault(r => StatusKeys.IsSuccess(r.StatusCode));
        var returns = documented?.Description is { } description && !string.IsNullOrWhiteSpace(description)
            ? description
            : success is null ? null : Naming(success, types);

        // "default" is the success response only when there is no 2xx; otherwise it stands for every other status.
        var defaultIsSuccess = !operation.Responses.Any(r => StatusKeys.IsSuccess(r.StatusCode));
        var errors = Errors(operation, defaultIsSuccess);
        return returns is null && errors.Count == 0 ? ResponseDocs.None : new ResponseDocs(returns, errors);
    }

    /// <summary>
    /// The other documented responses, "default" last and the rest by status code, those with the same description
    /// together. An operation has a few: they are sorted as they are added (stable) and grouped in a list, without a
    /// query pipeline per operation.
    /// </summary>
    private static ImmutableEquatableArray<ErrorResponseDoc> Errors(ApiOperation operation, bool defaultIsSuccess)
    {
        var sorted = new List<ApiResponse>();
        foreach (var response in operation.Responses)
        {
            if (StatusKeys.IsSuccess(response.StatusCode) || (response.StatusCode == StatusKeys.Default && defaultIsSuccess))
            {
                continue;
            }

            var at = sorted.Count;
            while (at > 0 && Compare(sorted[at - 1], response) > 0)
            {
                at--;
            }

            sorted.Insert(at, response);
        }

        if (sorted.Count == 0)
        {
            return ImmutableEquatableArray<ErrorResponseDoc>.Empty;
        }

        var groups = new List<(string Key, List<string> Codes, string? Description)>();
        foreach (var response in sorted)
        {
            var key = response.Description ?? string.Empty;
            var group = groups.Count - 1;
            while (group >= 0 && !string.Equals(groups[group].Key, key, StringComparison.Ordinal))
            {
                group--;
            }

            if (group < 0)
            {
                groups.Add((key, new List<string> { response.StatusCode }, response.Description));
            }
            else
            {
                groups[group].Codes.Add(response.StatusCode);
            }
        }

        var errors = new ErrorResponseDoc[groups.Count];
        for (var i = 0; i < errors.Length; i++)
        {
            errors[i] = new ErrorResponseDoc(groups[i].Codes.ToImmutableEquatableArray(), groups[i].Description);
        }

        return ImmutableEquatableArray<ErrorResponseDoc>.Own(errors);
    }

    private static int Compare(ApiResponse response, ApiResponse other)
    {
        var (isDefault, otherIsDefault) = (response.StatusCode == StatusKeys.Default, other.StatusCode == StatusKeys.Default);
        return isDefault != otherIsDefault ? (isDefault ? 1 : -1)
            : string.CompareOrdinal(response.StatusCode.ToUpperInvariant(), other.StatusCode.ToUpperInvariant());
    }

    /// <summary>A response without a description: a sentence that names what the method returns (a fact, not filler).</summary>
    private static string Naming(ApiResponse response, TypeResolver types)
    {
        var media = response.MediaType ?? MediaTypes.Json;
        if (!MediaTypes.IsJson(media))
        {
            return "The response body (" + MarkdownText.Code(media) + ").";
        }

        var type = types.ResolveOrAny(response.SchemaId, response.SchemaNumber);
        return type.IsCollection
            ? "A " + Describe(type).Substring(2) + "."
            : "The " + Describe(type) + " the service returns.";
    }

    private static string Describe(TypeRef type) => type.Kind switch
    {
        TypeRefKind.List when type.Element is { } element => "a list of " + Describe(element),
        TypeRefKind.Map when type.Element is { } value => "a map of names to " + Describe(value),
        TypeRefKind.Generated => MarkdownText.Code(type.Name!),
        _ => MarkdownText.Code(BuiltinWord(type.Builtin)),
    };

    /// <summary>How a reader knows the type: the C# keyword for the language's own types, else the .NET type's name.</summary>
    private static string BuiltinWord(BuiltinType builtin) => builtin switch
    {
        BuiltinType.String => "string",
        BuiltinType.Bool => "bool",
        BuiltinType.Int => "int",
        BuiltinType.Long => "long",
        BuiltinType.Float => "float",
        BuiltinType.Double => "double",
        BuiltinType.Decimal => "decimal",
        BuiltinType.Bytes => "byte[]",
        _ => builtin.ToString(),
    };
}
