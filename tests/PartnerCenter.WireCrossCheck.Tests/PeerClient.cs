using System.Reflection;
using System.Text.Json;
using PartnerCenter.Customers.Tests.DocumentedSamples;
using Peer = PartnerCenter.NSwagPeer;

namespace PartnerCenter.WireCrossCheck.Tests;

/// <summary>
/// The NSwag peer client as the cross-check uses it: the <see cref="JsonSerializerOptions"/> its generated client reads
/// responses with, and the type its generated client reads or writes for a documented sample.
/// </summary>
internal static class PeerClient
{
    /// <summary>
    /// The options NSwag's client uses for every body (its <c>JsonSerializerSettings</c>, exposed by
    /// <c>"exposeJsonSerializerSettings": true</c> in nswag.json), taken from a client instance so that nothing here
    /// re-creates them.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// NSwag's type for a sample: the return type of the generated method for a response, its <c>body</c> parameter
    /// for a request body. NSwag types a query parameter declared with <c>content: application/json</c> (the customers
    /// <c>filter</c>) as <c>object</c>, so for such a parameter this is the class NSwag generated for the parameter's
    /// schema, which its client cannot use (see <see cref="NSwagLimitationsTests"/>).
    /// </summary>
    public static Type TypeOf(SampleDeclaration declaration)
    {
        var path = declaration.Annotation.ExamplePath;
        return declaration.Role switch
        {
            SampleRole.Response => ResultType(Method(path)),
            SampleRole.RequestBody => Method(path).GetParameters().Single(parameter => parameter.Name == "body").ParameterType,
            SampleRole.QueryParameter => ComponentType(declaration.SchemaType),
            _ => throw new NotSupportedException(declaration.Role.ToString()),
        };
    }

    /// <summary>NSwag's class for the schema our client maps to <paramref name="ours"/>: same component name.</summary>
    public static Type ComponentType(Type ours) =>
        typeof(Peer.Customer).Assembly.GetType($"{typeof(Peer.Customer).Namespace}.{ours.Name}")
        ?? throw new InvalidOperationException($"NSwag generated no class named {ours.Name}.");

    private static JsonSerializerOptions CreateOptions()
    {
        using var http = new HttpClient();
        return new Peer.PartnerCenterCustomersClient(http).JsonSerializerSettings;
    }

    /// <summary>The generated interface method for the operation an example sits in (paths/{route}/{method}/...).</summary>
    private static MethodInfo Method(IReadOnlyList<string> examplePath)
    {
        var operation = (YamlDotNet.RepresentationModel.YamlMappingNode)SpecDocument.Customers.At(examplePath.Take(3))!;
        var operationId = SpecDocument.Scalar(operation, "operationId")
            ?? throw new InvalidOperationException($"The operation at {string.Join('/', examplePath.Take(3))} has no operationId.");
        var name = char.ToUpperInvariant(operationId[0]) + operationId[1..] + "Async";
        return typeof(Peer.IPartnerCenterCustomersClient).GetMethod(name)
            ?? throw new InvalidOperationException($"NSwag's client has no method {name} for {operationId}.");
    }

    private static Type ResultType(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetGenericArguments()[0]
            : throw new InvalidOperationException($"NSwag's {method.Name} returns no body.");
}
