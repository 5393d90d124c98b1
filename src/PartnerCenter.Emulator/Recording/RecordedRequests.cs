using Microsoft.Net.Http.Headers;

namespace PartnerCenter.Emulator.Recording;

/// <summary>What the log keeps of a request: everything the client sent except its credentials.</summary>
internal static class RecordedRequests
{
    // Credentials never reach the log, which anyone on the machine can read through /emulator/requests.
    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Authorization,
        HeaderNames.ProxyAuthorization,
        HeaderNames.Cookie,
    };

    public static RecordedRequest From(HttpRequest request, DateTimeOffset arrival, int? statusCode)
    {
        var headers = request.Headers
            .Where(header => !SecretHeaders.Contains(header.Key))
            .ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        return new RecordedRequest(
            arrival,
            request.Method,
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            HeaderOrNull(request.Headers, PartnerCenterHeaders.RequestId),
            HeaderOrNull(request.Headers, PartnerCenterHeaders.CorrelationId),
            request.Headers.ContainsKey(HeaderNames.Authorization),
            headers,
            statusCode);
    }

    private static string? HeaderOrNull(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var value) ? value.ToString() : null;
}
