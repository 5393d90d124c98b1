using System.Threading.RateLimiting;

namespace PartnerCenter.Emulator.Throttling;

/// <summary>The answer of <see cref="TenantFixedWindowLimiter"/>: acquired, or rejected with the time left in the window.</summary>
internal sealed class FixedWindowLease : RateLimitLease
{
    private static readonly string[] RejectedMetadata = [MetadataName.RetryAfter.Name];

    private readonly TimeSpan? _retryAfter;

    private FixedWindowLease(bool isAcquired, TimeSpan? retryAfter)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
    }

    public static FixedWindowLease Acquired { get; } = new(isAcquired: true, retryAfter: null);

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : RejectedMetadata;

    public static FixedWindowLease Rejected(TimeSpan retryAfter) => new(isAcquired: false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
