using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Refit;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// The resource each operation of the client promises on success, read once from the generated Refit interface:
/// a method returning <c>Task&lt;Customer&gt;</c> promises a <c>Customer</c>, one returning <c>Task</c> promises
/// nothing. Refit names the interface and method of every request in its options, so a handler can tell whether
/// a success without a body breaks a promise.
/// </summary>
internal static class PromisedResults
{
    private static readonly HttpRequestOptionsKey<Type> InterfaceKey = new(HttpRequestMessageOptions.InterfaceType);
    private static readonly HttpRequestOptionsKey<string> MethodKey = new(HttpRequestMessageOptions.MethodName);

    private static readonly FrozenDictionary<(Type Api, string Method), Type> Results =
        Read(typeof(IPartnerCenterCustomersApi)).ToFrozenDictionary();

    /// <summary>The type the request's operation returns on success; null when it returns none or is not known.</summary>
    public static Type? Of(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(InterfaceKey, out var api)
            && request.Options.TryGetValue(MethodKey, out var method)
            && Results.TryGetValue((api, method), out var result)
                ? result
                : null;
    }

    private static Dictionary<(Type, string), Type> Read([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type api)
    {
        var results = new Dictionary<(Type, string), Type>();
        foreach (var overloads in api.GetMethods().GroupBy(method => method.Name, StringComparer.Ordinal))
        {
            var promised = overloads.Select(method => ResourceOf(ReaderOf(api, method).ReturnType)).Distinct().ToList();
            // Overloads that promise different things cannot be told apart by name: no check beats a wrong one.
            if (promised is [{ } resource])
            {
                results[(api, overloads.Key)] = resource;
            }
        }

        return results;
    }

    /// <summary>
    /// The method callers call for <paramref name="method"/>'s operation: itself, or for the hidden Refit method of a JSON
    /// result (the one Refit names in the request), the method that reads its response.
    /// </summary>
    private static MethodInfo ReaderOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type api, MethodInfo method)
        => method.GetCustomAttribute<Specweave.Runtime.JsonResponseReaderAttribute>() is { } reader
            ? api.GetMethod(reader.MemberName, [.. method.GetParameters().Select(parameter => parameter.ParameterType)]) ?? method
            : method;

    private static Type? ResourceOf(Type returnType)
    {
        if (!returnType.IsGenericType
            || (returnType.GetGenericTypeDefinition() != typeof(Task<>) && returnType.GetGenericTypeDefinition() != typeof(ValueTask<>)))
        {
            return null;
        }

        var result = returnType.GetGenericArguments()[0];
        // Raw HTTP results and ApiResponse wrappers represent an empty body themselves; only a deserialized
        // resource comes back as null.
        var representsBodyItself = result == typeof(HttpResponseMessage)
            || result == typeof(HttpContent)
            || result == typeof(string)
            || typeof(Stream).IsAssignableFrom(result)
            || typeof(IApiResponse).IsAssignableFrom(result);
        return representsBodyItself ? null : result;
    }
}
