using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Names the hidden Refit method of an operation that callers reach through another member: a streamed response
/// (the extension method reads the items) and a JSON result (the interface's default method reads the body through
/// Specweave.Runtime.JsonResponse, which Refit would first copy into memory). Either way the Refit method is the
/// operation's name with <c>Response</c> (<c>GetPetResponseAsync</c>), and it is claimed after every name callers call,
/// so that a hidden method never takes a name from one.
/// </summary>
internal static class ResponseMethods
{
    /// <summary>
    /// The method with its hidden Refit method named, or as it is when it has none.
    /// </summary>
    /// <param name="sentByRefit">Refit sends the operation's HTTP method (a QUERY or other method is sent over HttpClient).</param>
    public static MethodModel Claim(MethodModel method, ApiOperation operation, bool sentByRefit, NameScope scope)
    {
        return method.Stream is not null || (sentByRefit && ReadsJson(method))
            ? method with { ResponseMethodName = ClaimName(operation, scope) }
            : method;
    }

    /// <summary>
    /// A result Refit would deserialise with the client's content serializer: not a Stream, and not a string, which Refit
    /// returns as the body's text.
    /// </summary>
    private static bool ReadsJson(MethodModel method)
        => method.Result is { } result && !result.IsBuiltin(BuiltinType.Stream) && !result.IsBuiltin(BuiltinType.String);

    private static string ClaimName(ApiOperation operation, NameScope scope)
    {
        var specName = operation.OperationId ?? operation.Method.ToUpperInvariant() + " " + operation.Path;
        return scope.Claim(InterfaceBinder.BaseName(operation) + "Response", NameHolder.Quoting("the Refit method of ", specName, operation.Location), "Async");
    }
}
