namespace PartnerCenter.Customers;

/// <summary>What went wrong in a failed Partner Center call.</summary>
public enum PartnerCenterFailureKind
{
    /// <summary>Not known (an exception built with one of the general-purpose constructors).</summary>
    Unspecified = 0,

    /// <summary>
    /// The service answered with an error status (4xx, 5xx); see <see cref="PartnerCenterException.StatusCode"/>
    /// and <see cref="PartnerCenterException.ErrorCode"/>. A 429 is this kind too, once retries are used up.
    /// A stale <c>If-Match</c> is not: see <see cref="ConcurrencyConflict"/>.
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

    /// <summary>
    /// An update sent with <c>If-Match</c> was refused because the resource changed after it was read: the
    /// service answered 412 Precondition Failed, or 400 with Partner Center error code 2055 ("Etag is no
    /// longer valid"), which the API description has clients treat alike. Nothing was changed.
    /// <see cref="PartnerCenterException.StatusCode"/> and <see cref="PartnerCenterException.ErrorCode"/> say
    /// which answer it was. To proceed, read the resource again, apply the change to what was read, and send it
    /// with the new read's ETag (for the billing profile,
    /// <see cref="BillingProfileUpdateExtensions.UpdateBillingProfileAsync(IPartnerCenterCustomersApi, System.Guid, CustomerBillingProfile, System.Threading.CancellationToken)"/>
    /// does the If-Match part). Not retried.
    /// </summary>
    ConcurrencyConflict,
}
