using System.Net;
using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>Follows a customer listing page by page, as the spec tells clients to: by <c>links.next</c>, never by counts.</summary>
internal static class CustomerListing
{
    public const string TokenHeader = "MS-ContinuationToken";

    /// <summary>One page; <paramref name="token"/> is sent as MS-ContinuationToken when given. Fails unless 200.</summary>
    public static async Task<JsonObject> PageAsync(HttpClient client, string relativeUri, string? token = null)
    {
        using var response = await SendAsync(client, relativeUri, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ResponseAssert.JsonBodyAsync(response);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string relativeUri, string? token = null)
    {
        using var request = PartnerCenterRequest.Get(relativeUri);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(TokenHeader, token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The next page's request: the link's URI resolved as the spec's Link schema says, and its token.</summary>
    public static (string Uri, string Token)? Next(JsonObject page)
    {
        if (page["links"]?["next"] is not JsonObject next)
        {
            return null;
        }

        Assert.Equal("GET", next["method"]!.GetValue<string>());
        var header = Assert.Single(next["headers"]!.AsArray())!;
        Assert.Equal(TokenHeader, header["key"]!.GetValue<string>());
        return (Resolve(next["uri"]!.GetValue<string>()), header["value"]!.GetValue<string>());
    }

    /// <summary>A link URI starting with /v1/ is relative to the server; any other to the server followed by /v1.</summary>
    public static string Resolve(string linkUri) =>
        linkUri.StartsWith("/v1/", StringComparison.Ordinal) ? linkUri[1..] : "v1" + linkUri;

    /// <summary>Every page from the first to the one without links.next.</summary>
    public static async Task<List<JsonObject>> AllPagesAsync(HttpClient client, string firstUri) =>
        await FollowAsync(client, await PageAsync(client, firstUri));

    /// <summary><paramref name="page"/> and every page after it, following links.next to the end.</summary>
    public static async Task<List<JsonObject>> FollowAsync(HttpClient client, JsonObject page)
    {
        var pages = new List<JsonObject> { page };
        while (Next(pages[^1]) is { } next)
        {
            pages.Add(await PageAsync(client, next.Uri, next.Token));
        }

        return pages;
    }

    public static IEnumerable<JsonObject> Items(JsonObject page) => page["items"]!.AsArray().Select(item => item!.AsObject());

    public static IEnumerable<string> Ids(JsonObject page) => Items(page).Select(item => item["id"]!.GetValue<string>());

    public static List<string> Ids(IEnumerable<JsonObject> pages) => [.. pages.SelectMany(Ids)];
}
