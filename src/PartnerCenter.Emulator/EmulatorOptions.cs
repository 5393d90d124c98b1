using Microsoft.Extensions.Logging;

namespace PartnerCenter.Emulator;

/// <summary>
/// Settings of one emulator instance. Bound from the configuration section <c>Emulator</c> when the
/// emulator runs on its own (<c>--Emulator:Port=5000</c>), passed directly when it is hosted in-process.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Emulator";

    /// <summary>TCP port on 127.0.0.1; 0 lets the operating system pick a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// A JSON seed file to serve instead of the built-in one (same shape as <c>SeedData/customers.json</c>).
    /// Null or empty serves the built-in seed.
    /// </summary>
    public string? SeedDataPath { get; set; }

    /// <summary>The default of <see cref="CustomerCount"/>: enough customers that listing them takes several pages.</summary>
    public const int DefaultCustomerCount = 250;

    /// <summary>
    /// How many customers the emulator starts with: the seed's, then generated ones (deterministic: the same ids, names
    /// and domains on every run) up to this number. A seed with more customers is served whole. Default 250.
    /// </summary>
    public int CustomerCount { get; set; } = DefaultCustomerCount;

    /// <summary>
    /// Whether the emulated partner account is an integration sandbox, where customers can be deleted
    /// (<c>DELETE /v1/customers/{id}</c>). Off by default, as for a production account, which gets 403 instead.
    /// </summary>
    public bool IntegrationSandbox { get; set; }

    /// <summary>
    /// How long a continuation token (the <c>MS-ContinuationToken</c> of a page's <c>links.next</c>) stays valid, on the
    /// emulator's clock, from the moment its page was answered. Default 15 minutes.
    /// </summary>
    public TimeSpan ContinuationTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many recent requests <c>GET /emulator/requests</c> keeps; older ones are dropped.</summary>
    public int RequestLogCapacity { get; set; } = 1000;

    /// <summary>
    /// The least severe log level written (to standard error). Quiet by default so an emulator embedded in
    /// a command-line tool or a test run does not mix its chatter into their output.
    /// </summary>
    public LogLevel MinimumLogLevel { get; set; } = LogLevel.Warning;

    /// <summary>The documented per-tenant request limit (configuration section <c>Emulator:Throttling</c>).</summary>
    public ThrottlingOptions Throttling { get; set; } = new();

    /// <summary>Deliberate misbehaviour for tests of client resilience (<c>Emulator:Faults</c>); off by default.</summary>
    public FaultOptions Faults { get; set; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(RequestLogCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(CustomerCount);
        // A guard against a slip of the finger: every customer is generated and held in memory at start.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(CustomerCount, 1_000_000);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ContinuationTokenLifetime, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(Throttling);
        ArgumentNullException.ThrowIfNull(Faults);
        Throttling.Validate();
        Faults.Validate();
    }
}
