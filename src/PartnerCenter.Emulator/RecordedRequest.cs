namespace PartnerCenter.Emulator;

/// <summary>
/// One request the emulator answered, as the client sent it, for end-to-end tests to assert on
/// (for example that a retry carried the same <c>MS-RequestId</c>). The Authorization header is never
/// recorded; only whether one was present.
/// </summary>
/// <param name="Timestamp">When the request arrived, on the emulator's clock.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path, without the query string.</param>
/// <param name="QueryString">The query string including its leading '?', or empty.</param>
/// <param name="RequestId">The <c>MS-RequestId</c> header as sent; null when the client sent none.</param>
/// <param name="CorrelationId">The <c>MS-CorrelationId</c> header as sent; null when the client sent none.</param>
/// <param name="HasAuthorization">Whether the request carried an Authorization header (its value is not kept).</param>
/// <param name="Headers">Every other request header, multiple values joined with ", ".</param>
/// <param name="StatusCode">The status code answered; null when the connection was aborted without a response.</param>
public sealed record RecordedRequest(
    DateTimeOffset Timestamp,
    string Method,
    string Path,
    string QueryString,
    string? RequestId,
    string? CorrelationId,
    bool HasAuthorization,
    IReadOnlyDictionary<string, string> Headers,
    int? StatusCode);
