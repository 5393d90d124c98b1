using System.Net;
using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>Checks shared by the tests of error responses.</summary>
internal static class ResponseAssert
{
    public static async Task<JsonObject> JsonBodyAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return Assert.IsType<JsonObject>(body);
    }

    public static async Task PartnerCenterErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await JsonBodyAsync(response);
        Assert.Equal(["code", "description", "data", "source"], body.Select(property => property.Key));
        // The spec types the code as a string although the documented codes are numbers.
        Assert.Equal(code, body["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["description"]!.GetValue<string>()));
        Assert.Empty(Assert.IsType<JsonArray>(body["data"]));
        Assert.Equal("PartnerCenter.Emulator", body["source"]!.GetValue<string>());
    }

    public static async Task ThrottledAsync(HttpResponseMessage response, int retryAfterSeconds)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(retryAfterSeconds), response.Headers.RetryAfter?.Delta);
        var body = await JsonBodyAsync(response);
        Assert.Equal(["statusCode", "message"], body.Select(property => property.Key));
        Assert.Equal(429, body["statusCode"]!.GetValue<int>());
        Assert.Contains($"{retryAfterSeconds} seconds", body["message"]!.GetValue<string>());
    }
}
