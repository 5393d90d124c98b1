using Polly;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// How much of a call's <see cref="PartnerCenterResilienceOptions.TotalTimeout"/> is left, measured on the
/// client's <see cref="TimeProvider"/> from the moment the call started (its first attempt included). A retry whose
/// wait would outlast it is not started: the caller hears the last answer instead of a timeout later.
/// </summary>
internal sealed class CallBudget(TimeSpan total, TimeProvider timeProvider, long started)
{
    public static readonly ResiliencePropertyKey<CallBudget> Key = new("PartnerCenter.CallBudget");

    public TimeSpan Total => total;

    /// <summary>Whether the total timeout fired (set by its <c>OnTimeout</c>; an attempt's timeout does not count).</summary>
    public bool RanOut { get; private set; }

    public TimeSpan Left
    {
        get
        {
            var left = total - timeProvider.GetElapsedTime(started);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    public void MarkRanOut() => RanOut = true;

    /// <summary>The budget of the call running in <paramref name="context"/>, or null outside the pipeline.</summary>
    public static CallBudget? Of(ResilienceContext context) =>
        context is not null && context.Properties.TryGetValue(Key, out var budget) ? budget : null;
}
