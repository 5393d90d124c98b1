using System.Text;

namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>Requests with a body (or without one, for DELETE), as a Partner Center client sends them.</summary>
internal static class PartnerCenterWrite
{
    public static HttpRequestMessage Create(HttpMethod method, string path, string? json = null, string? ifMatch = null)
    {
        var request = PartnerCenterRequest.Get(path);
        request.Method = method;
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? json = null, string? ifMatch = null)
    {
        using var request = Create(method, path, json, ifMatch);
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> CreateCustomerAsync(HttpClient client, string json) =>
        SendAsync(client, HttpMethod.Post, "v1/customers", json);

    /// <summary>The ETag as the spec has clients send it: the attributes.etag value in double quotes.</summary>
    public static string Quoted(string etag) => $"\"{etag}\"";
}
