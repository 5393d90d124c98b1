namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// Notes on a request that its last answer asked for a wait (<c>Retry-After</c>) longer than what was left of the
/// call's total timeout, so it was reported instead of retried; the error message then says so.
/// </summary>
internal static class WaitBeyondBudget
{
    private static readonly HttpRequestOptionsKey<TimeSpan> Key = new("PartnerCenter.WaitBeyondBudget");

    public static void Mark(HttpResponseMessage response, TimeSpan budgetLeft)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.RequestMessage?.Options.Set(Key, budgetLeft);
    }

    /// <summary>What was left of the total timeout when the wait was refused; null when none was.</summary>
    public static TimeSpan? LeftWhenRefused(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var left) ? left : null;
}
