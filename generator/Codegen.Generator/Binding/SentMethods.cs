using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
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
    /// <summary>Whether the method is sent over HttpClient: its HTTP method is not one of Refit's.</summary>
    public static bool IsSent(MethodModel method) => method.Attributes[0].Kind == AttributeKind.RequestMethod;

    /// <summary>The converter that writes the parameter as the whole query string (OpenAPI 3.2 <c>in: querystring</c>); null for any other parameter.</summary>
    public static string? QueryStringConverter(MethodParameterModel parameter)
        => parameter.Attributes.FirstOrDefault(a => a.Kind == AttributeKind.QueryConverter)?.Arguments[0].Text;

    /// <summary>
    /// The method with the names of its receiver and locals, none the name of one of its parameters (a parameter would
    /// hide a local, CS0136, or share the receiver's name, CS0100); claimed in a fixed order, so a spec without such
    /// parameters always gets the plain names.
    /// </summary>
    public static SentMethodModel Bind(MethodModel method)
    {
        var locals = new NameScope(method.Parameters.Select(p => p.Name).ToArray());
        return new SentMethodModel(
            method,
            new SentMethodLocals(
                locals.Claim("api"),
                locals.Claim("target"),
                locals.Claim("separator"),
                locals.Claim("baseAddress"),
                locals.Claim("request"),
                locals.Claim("response"),
                locals.Claim("result"),
                locals.Claim("exception")));
    }

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
            "a " + verb + " method is sent over the client's HttpClient, and " + problem,
            "The generated methods write single-value path, query and header parameters, a querystring, a JSON or raw body and a JSON result; send this operation through the client's HttpClient"));
        return false;
    }

    private static string? Problem(MethodModel method)
    {
        if (method.Attributes.Any(a => a.Kind == AttributeKind.Multipart))
        {
            return "its body is multipart";
        }

        if (method.Stream is not null)
        {
            return "its response is streamed";
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.IsBuiltin(BuiltinType.CancellationToken) || QueryStringConverter(parameter) is not null)
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
