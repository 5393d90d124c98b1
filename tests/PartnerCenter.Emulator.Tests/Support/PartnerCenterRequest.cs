using System.Net.Http.Headers;

namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>Requests as a Partner Center client sends them.</summary>
internal static class PartnerCenterRequest
{
    public const string Token = "test-token.not-validated.by-the-emulator";

    public static HttpRequestMessage Get(string path, string? requestId = null, string? correlationId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (requestId is not null)
        {
            request.Headers.TryAddWithoutValidation("MS-RequestId", requestId);
        }

        if (correlationId is not null)
        {
            request.Headers.TryAddWithoutValidation("MS-CorrelationId", correlationId);
        }

        return request;
    }

    public static string CustomerPath(string customerId) => $"v1/customers/{customerId}";

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? requestId = null, string? correlationId = null)
    {
        using var request = Get(path, requestId, correlationId);
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var request = Get(path);
        return await client.SendAsync(request, cancellationToken);
    }
}
