using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Decides which operations with an HTTP method Refit cannot send (OpenAPI 3.2's QUERY, additionalOperations) become
/// extension methods that send over the interface's HttpClient.
/// </summary>
/// <remarks>
/// Why not a Refit attribute: Refit 16 accepts any HttpMethodAttribute subclass, but its generated request building
/// knows only its seven verb attributes by name; a method with any other is left to the reflection request builder,
/// which a generated client (RestService.ForGenerated) refuses at run time and which is not trim-safe. So these
/// methods are written out: the path with its parameters escaped, scalar query and header parameters, a JSON (or
/// raw HttpContent) body, a JSON result, and Refit's ApiException for an error status. What else an operation needs
/// is reported, and the operation is left out.
/// </remarks>
internal static class SentMethods
{
    /// <summary>True when the emitter can write the method; otherwise reports why it is not generated.</summary>
    public static bool CanSend(ApiOperation operation, MethodModel method, List<SpecDiagnostic> diagnostics)
    {
        var problem = Problem(method);
        if (problem is null)
        {
            return true;
        }

        var verb = method.Attributes[0].Arguments[0].Text!;
        diagnostics.Add(SpecDiagnostic.Create(
            DiagnosticDescriptors.OperationNotGenerated,
            operation.Location,
            verb,
            operation.OperationId ?? verb + " " + operation.Path,
            "a " + verb + " method is sent over the client's HttpClient, which takes path, single-value query and header parameters, a JSON or raw body and a JSON result, and " + problem,
            "Send the operation through the client's HttpClient"));
        return false;
    }

    private static string? Problem(MethodModel method)
    {
        if (method.Attributes.Any(a => a.Kind == AttributeKind.Multipart))
        {
            return "its body is multipart";
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.IsBuiltin(BuiltinType.CancellationToken))
            {
                continue;
            }

            var isBody = parameter.Attributes.Any(a => a.Kind == AttributeKind.Body);
            if (isBody)
            {
                if (parameter.Attributes.Any(a => a.Arguments.Any(x => x.Kind == AttributeArgumentKind.UrlEncoded)) || parameter.Type.IsBuiltin(BuiltinType.Stream))
                {
                    return "its body is not JSON";
                }

                continue;
            }

            if (parameter.Attributes.Any(a => a.Arguments.Any(x => x.Kind == AttributeArgumentKind.CollectionFormat)) || !IsScalar(parameter.Type))
            {
                return $"the parameter '{parameter.Name}' is not a single value";
            }
        }

        if (method.Result is { } result && (result.IsBuiltin(BuiltinType.Stream) || result.IsBuiltin(BuiltinType.HttpContent)))
        {
            return "its result is not JSON";
        }

        return null;
    }

    /// <summary>A value written with its invariant text: what a path, query or header parameter can be here.</summary>
    private static bool IsScalar(TypeRef type)
        => type.Kind == TypeRefKind.Builtin && type.Builtin is BuiltinType.String or BuiltinType.Bool or BuiltinType.Int or BuiltinType.Long
            or BuiltinType.Float or BuiltinType.Double or BuiltinType.Decimal or BuiltinType.Guid or BuiltinType.DateTimeOffset
            or BuiltinType.DateOnly or BuiltinType.Uri;
}
