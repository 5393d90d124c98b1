using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Requests;
using PartnerCenter.Emulator.Resources;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Billing;

/// <summary>
/// The decision of a billing profile update, made under the store's write lock so that comparing the ETag and
/// replacing the profile are one step: of concurrent updates sent with the same ETag, exactly one succeeds.
/// </summary>
internal static class BillingProfileUpdate
{
    public static StoreChange<BillingUpdateOutcome> Decide(StoredCustomer? current, IfMatchCondition condition, BillingProfileInput profile, Etags etags)
    {
        if (current is null)
        {
            return StoreChange<BillingUpdateOutcome>.Refuse(new(BillingUpdateResult.TenantNotFound));
        }

        var resource = current.ParseResource();
        if (resource["billingProfile"] is not JsonObject stored)
        {
            return StoreChange<BillingUpdateOutcome>.Refuse(new(BillingUpdateResult.NoBillingProfile));
        }

        if (!condition.IsMetBy(current.BillingEtag))
        {
            return StoreChange<BillingUpdateOutcome>.Refuse(new(BillingUpdateResult.StaleEtag));
        }

        // The profile's id and links are the service's and stay; everything else is replaced by what was sent.
        var id = stored["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var text) ? text : Guid.NewGuid().ToString("D");
        var links = stored["links"]?.DeepClone() as JsonObject ?? ResourceLinksJson.Self(BillingProfileJson.SelfUri(current.TenantId));
        var updated = BillingProfileJson.Build(id, profile, etags.Next(), links);
        resource["billingProfile"] = updated;
        return StoreChange<BillingUpdateOutcome>.Store(
            current.WithResource(resource),
            new(BillingUpdateResult.Updated, updated.DeepClone()));
    }
}

internal enum BillingUpdateResult
{
    Updated,
    TenantNotFound,
    NoBillingProfile,
    StaleEtag,
}

/// <summary>How an update ended, and the stored profile when it succeeded.</summary>
internal sealed record BillingUpdateOutcome(BillingUpdateResult Result, JsonNode? Profile = null);
