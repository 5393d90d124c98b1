using Polly;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// How much of a call's <see cref="PartnerCenterResilienceOptions.TotalTimeout"/> is left, measured on the
/// client's <see cref="TimeProvider"/> from the moment the call entered the resilience pipeline. A retry whose wait
/// would outlast it is not started: the caller hears the last answer instead of a timeout later.
/// </summary>
internal sealed class CallBudget(TimeSpan total, TimeProvider timeProvider)
{
    public static readonly ResiliencePropertyKey<CallBudget> Key = new("PartnerCenter.CallBudget");

    private readonly long _started = timeProvider.GetTimestamp();

    public TimeSpan Total => total;

    public TimeSpan Left
    {
        get
        {
            var left = total - timeProvider.GetElapsedTime(_started);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>The budget of the call running in <paramref name="context"/>, or null outside the pipeline.</summary>
    public static CallBudget? Of(ResilienceContext context) =>
        context is not null && context.Properties.TryGetValue(Key, out var budget) ? budget : null;
}
