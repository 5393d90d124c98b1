namespace PartnerCenter.Customers;

/// <summary>
/// A Partner Center call failed. Every failure of a call surfaces as this one type, except cancellation by
/// the caller (<see cref="OperationCanceledException"/>); <see cref="Kind"/> says which failure it was.
/// </summary>
/// <remarks>
/// The message names the call (method and path, never the query string), the HTTP status and Partner
/// Center error, and the <c>MS-CorrelationId</c> and <c>MS-RequestId</c> to quote in a support request. It
/// never holds the request itself, its Authorization header or a token, and text from the server enters it
/// only sanitised (control characters removed, length bounded, credentials redacted), so logging the exception
/// (message, properties or <see cref="Exception.ToString"/>) cannot leak a credential, even one a gateway echoed.
/// </remarks>
public sealed class PartnerCenterException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public PartnerCenterException()
        : base("A Partner Center call failed.")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    public PartnerCenterException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    public PartnerCenterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal PartnerCenterException(string message, PartnerCenterFailureKind kind, Http.RequestIdentity identity, Exception? innerException)
        : base(message, innerException)
    {
        Kind = kind;
        Method = identity.Method;
        Path = identity.Path;
        CorrelationId = identity.CorrelationId;
        RequestId = identity.RequestId;
    }

    /// <summary>Which kind of failure this is.</summary>
    public PartnerCenterFailureKind Kind { get; }

    /// <summary>The HTTP status code of the response; null when there was none (network failure, timeout).</summary>
    public int? StatusCode { get; internal init; }

    /// <summary>The Partner Center error code from the body (for example <c>60003</c>), when the body has one.</summary>
    public string? ErrorCode { get; internal init; }

    /// <summary>
    /// The error's description from the body: <c>description</c> of a Partner Center error, or <c>message</c>
    /// of the 429 body.
    /// </summary>
    public string? ErrorDescription { get; internal init; }

    /// <summary>The <c>MS-CorrelationId</c> of the call.</summary>
    public string? CorrelationId { get; }

    /// <summary>The <c>MS-RequestId</c> of the call (the same on all its retries).</summary>
    public string? RequestId { get; }

    /// <summary>How many attempts the call made before it gave up (1 when it was not retried), when known.</summary>
    public int? Attempts { get; internal init; }

    /// <summary>The HTTP method of the call.</summary>
    public string? Method { get; }

    /// <summary>The path of the call, without the query string.</summary>
    public string? Path { get; }

    /// <summary>
    /// The response body as received, at most <see cref="PartnerCenterClientOptions.MaxErrorBodyBytes"/> of an error
    /// body and 64 KiB characters in any case, with anything that looks like a credential redacted; null when there
    /// was no response or it could not be read.
    /// </summary>
    public string? ResponseBody { get; internal init; }

    /// <summary>How long the service asked the client to wait (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; internal init; }

    /// <summary>
    /// For <see cref="PartnerCenterFailureKind.InvalidResponse"/>: where in the body reading failed, as a JSON
    /// path such as <c>$.billingProfile.defaultAddress.city</c>. The <see cref="Exception.InnerException"/> is
    /// the original <see cref="System.Text.Json.JsonException"/>.
    /// </summary>
    public string? JsonPath { get; internal init; }
}
