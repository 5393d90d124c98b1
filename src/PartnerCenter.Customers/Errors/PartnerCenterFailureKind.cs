namespace PartnerCenter.Customers;

/// <summary>What went wrong in a failed Partner Center call.</summary>
public enum PartnerCenterFailureKind
{
    /// <summary>Not known (an exception built with one of the general-purpose constructors).</summary>
    Unspecified = 0,

    /// <summary>
    /// The service answered with an error status (4xx, 5xx); see <see cref="PartnerCenterException.StatusCode"/>
    /// and <see cref="PartnerCenterException.ErrorCode"/>. A 429 is this kind too, once retries are used up.
    /// </summary>
    ErrorResponse,

    /// <summary>
    /// The service answered, but not with something the client hands back: a success whose body does not match
    /// the API description, a success without the resource the operation returns (204, empty, JSON null), a body
    /// over <see cref="PartnerCenterClientOptions.MaxResponseBodyBytes"/>, or a redirect the client does not
    /// follow. Not retried.
    /// </summary>
    InvalidResponse,

    /// <summary>No answer within the attempt or total timeout, after any retries.</summary>
    Timeout,

    /// <summary>No answer at all: connection refused, name not resolved, connection dropped, TLS failure.</summary>
    Network,

    /// <summary>No bearer token could be obtained from the configured credential or token provider.</summary>
    Authentication,
}
