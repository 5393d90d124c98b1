namespace PartnerCenter.Emulator;

/// <summary>
/// The per-tenant request limit. Partner Center documents 500 requests per minute per customer tenant id
/// for the customer resource; tests lower the limit so they never wait for a real minute.
/// </summary>
public sealed class ThrottlingOptions
{
    /// <summary>Requests allowed per customer tenant id in one window; 0 turns throttling off.</summary>
    public int PermitLimit { get; set; } = 500;

    /// <summary>Length of the fixed window (configuration: <c>00:01:00</c>).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    internal bool Enabled => PermitLimit > 0;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(PermitLimit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Window, TimeSpan.Zero);
    }
}
