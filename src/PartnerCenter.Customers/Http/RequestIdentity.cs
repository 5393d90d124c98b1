namespace PartnerCenter.Customers.Http;

/// <summary>
/// What identifies one call in messages and logs: method, path and the Partner Center ids. Deliberately
/// nothing else: no query string (it may carry continuation tokens) and no header that could hold a secret.
/// </summary>
internal readonly record struct RequestIdentity(string Method, string Path, string? CorrelationId, string? RequestId)
{
    // A GUID is 36 characters; anything much longer is not an id.
    private const int MaxEchoedIdLength = 64;

    public static RequestIdentity Of(HttpRequestMessage? request, HttpResponseMessage? response = null) =>
        new(
            request?.Method.Method ?? "?",
            request?.RequestUri is { } uri ? PathOf(uri) : "?",
            HeaderValue(request?.Headers, response?.Headers, PartnerCenterHeaderNames.CorrelationId),
            HeaderValue(request?.Headers, response?.Headers, PartnerCenterHeaderNames.RequestId));

    /// <summary>"[MS-CorrelationId x, MS-RequestId y]", the part of a message a support request needs.</summary>
    public string IdsForMessage() =>
        $"[{PartnerCenterHeaderNames.CorrelationId} {CorrelationId ?? "none"}, {PartnerCenterHeaderNames.RequestId} {RequestId ?? "none"}]";

    private static string PathOf(Uri uri) => uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?', 2)[0];

    // What was sent is what the caller knows; the echo covers a request that had none (the service makes one up),
    // and, being the server's text, is cleaned before it can reach a message.
    private static string? HeaderValue(
        System.Net.Http.Headers.HttpHeaders? sent,
        System.Net.Http.Headers.HttpHeaders? echoed,
        string name) =>
        FirstValue(sent, name) ?? Errors.ServerText.ForMessage(FirstValue(echoed, name), MaxEchoedIdLength);

    // Read unparsed: the ids are custom headers, which have no parser, so the raw values are what TryGetValues would
    // give, without the array it allocates on every logged call.
    private static string? FirstValue(System.Net.Http.Headers.HttpHeaders? headers, string name)
    {
        if (headers is null || !headers.NonValidated.TryGetValues(name, out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            return value;
        }

        return null;
    }
}
