using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Qualifications;

/// <summary>
/// Adding a qualification, decided under the store's write lock. A kind the customer already holds or has applied
/// for is refused, unless its vetting was denied, when the new application takes its place. Education and Government
/// Community Cloud applications start in review (vetting is asynchronous; the emulator never completes it); a State
/// Owned Entity qualification is not vetted.
/// </summary>
internal static class QualificationApplication
{
    private const string InReview = "InReview";
    private const string Denied = "Denied";

    public static StoreChange<QualificationOutcome> Decide(StoredCustomer? current, string kind, DateTimeOffset now)
    {
        if (current is null)
        {
            return StoreChange<QualificationOutcome>.Refuse(new(QualificationResult.TenantNotFound));
        }

        var existing = current.Qualifications.FirstOrDefault(qualification => qualification.Kind == kind);
        if (existing is not null && existing.VettingStatus != Denied)
        {
            return StoreChange<QualificationOutcome>.Refuse(new(QualificationResult.AlreadyApplied));
        }

        var json = new JsonObject { ["qualification"] = kind };
        string? status = null;
        if (kind != QualificationRules.StateOwnedEntity)
        {
            status = InReview;
            json["vettingStatus"] = status;
            // The POST answer's spelling of the date, whole seconds in UTC, as documented ("2020-12-04T20:54:24Z").
            json["vettingCreateDate"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        var added = new StoredQualification(kind, status, json.ToJsonString());
        var qualifications = existing is null ? current.Qualifications.Add(added) : current.Qualifications.Replace(existing, added);
        return StoreChange<QualificationOutcome>.Store(current.WithQualifications(qualifications), new(QualificationResult.Added, json));
    }
}

internal enum QualificationResult
{
    Added,
    TenantNotFound,
    AlreadyApplied,
}

/// <summary>How an application ended, and the new qualification when it was added.</summary>
internal sealed record QualificationOutcome(QualificationResult Result, JsonNode? Qualification = null);
