namespace PartnerCenter.Emulator;

/// <summary>Compares customer tenant ids as GUIDs where they are GUIDs, so letter case and braces do not matter.</summary>
internal static class TenantIds
{
    public static bool AreSame(string left, string right) =>
        Guid.TryParse(left, out var leftId) && Guid.TryParse(right, out var rightId)
            ? leftId == rightId
            : string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    /// <summary>One key per tenant for the rate limiter: the canonical GUID form, or the raw text when it is no GUID.</summary>
    public static string PartitionKey(string tenantId) =>
        Guid.TryParse(tenantId, out var id) ? id.ToString("D") : tenantId;
}
