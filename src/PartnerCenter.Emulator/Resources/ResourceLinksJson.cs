using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Resources;

/// <summary>The <c>links</c> and <c>attributes</c> members every Partner Center resource carries.</summary>
internal static class ResourceLinksJson
{
    /// <summary>Customer links leave out <c>/v1</c>, as every documented customer resource does.</summary>
    public static string CustomerUri(Guid tenantId) => $"/customers/{tenantId:D}";

    public static JsonObject Self(string uri) => new() { ["self"] = Link(uri) };

    public static JsonObject Link(string uri, params (string Key, string Value)[] headers)
    {
        var headerArray = new JsonArray();
        foreach (var (key, value) in headers)
        {
            headerArray.Add((JsonNode)new JsonObject { ["key"] = key, ["value"] = value });
        }

        return new JsonObject { ["uri"] = uri, ["method"] = "GET", ["headers"] = headerArray };
    }

    public static JsonObject Attributes(string objectType) => new() { ["objectType"] = objectType };

    public static JsonObject Attributes(string objectType, string etag) => new() { ["etag"] = etag, ["objectType"] = objectType };
}
