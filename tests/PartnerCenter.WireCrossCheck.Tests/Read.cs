using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerCenter.Customers;

namespace PartnerCenter.WireCrossCheck.Tests;

/// <summary>One client's reading of a body: the model and its values (<see cref="Reading"/>), or why it failed.</summary>
internal sealed record Read(object? Model, JsonNode? Values, Exception? Failure)
{
    /// <summary>Our client: the generated context, as its Refit methods read bodies.</summary>
    public static Read Ours(string json, Type type)
    {
        var typeInfo = PartnerCenterCustomersJsonContext.Default.GetTypeInfo(type)
            ?? throw new InvalidOperationException($"Our context has no metadata for {type}.");
        return Run(() => JsonSerializer.Deserialize(json, typeInfo), type, PartnerCenterCustomersJsonContext.Default.Options);
    }

    /// <summary>NSwag's client: its generated class and its client's serializer options.</summary>
    public static Read Peer(string json, Type type) =>
        Run(() => JsonSerializer.Deserialize(json, type, PeerClient.Options), type, PeerClient.Options);

    private static Read Run(Func<object?> deserialize, Type type, JsonSerializerOptions options)
    {
        object? model;
        try
        {
            model = deserialize();
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            return new Read(null, null, exception);
        }

        return new Read(model, Reading.Of(model, type, options), null);
    }
}
