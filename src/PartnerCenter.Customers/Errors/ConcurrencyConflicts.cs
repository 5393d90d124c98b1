using System.Net;

namespace PartnerCenter.Customers.Errors;

/// <summary>
/// Which answers mean "the resource changed since it was read" (<see cref="PartnerCenterFailureKind.ConcurrencyConflict"/>),
/// and what the message says about them.
/// </summary>
internal static class ConcurrencyConflicts
{
    /// <summary>"Etag is no longer valid", documented under 400; the spec's x-decision has clients treat it like 412.</summary>
    public const string EtagNoLongerValid = "2055";

    private const string BillingProfileSuffix = "/profiles/billing";

    public static bool Is(int status, string? errorCode) =>
        status == (int)HttpStatusCode.PreconditionFailed
        || (status == (int)HttpStatusCode.BadRequest && string.Equals(errorCode?.Trim(), EtagNoLongerValid, StringComparison.Ordinal));

    /// <summary>The sentences added to the message: what happened, whether anything changed, and how to proceed.</summary>
    public static string Explain(string? path, int? attempts)
    {
        var billingProfile = path is not null && path.TrimEnd('/').EndsWith(BillingProfileSuffix, StringComparison.OrdinalIgnoreCase);
        var (what, it) = billingProfile ? ("The billing profile", "the billing profile") : ("The resource", "it");
        var text =
            $"{what} was changed after it was read: the ETag sent in If-Match is no longer current, so this update was not applied. "
            + $"Read {it} again, apply the change to what you read, and send that with the new ETag.";
        if (attempts > 1)
        {
            // A conditional update is retried after a lost answer; if the first attempt was applied, the retry's ETag is stale.
            text += " This call was retried: an attempt whose answer was lost may have applied the update itself, so check the current version before applying it again.";
        }

        return text;
    }
}
