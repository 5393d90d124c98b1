using Azure.Core;

namespace PartnerCenter.Customers;

/// <summary>Where and how the client talks to Partner Center.</summary>
public sealed class PartnerCenterClientOptions
{
    /// <summary>The cloud to call: its endpoint and token scope. Defaults to the global cloud.</summary>
    public PartnerCenterCloud Cloud { get; set; } = PartnerCenterCloud.Global;

    /// <summary>
    /// A service root that replaces the cloud's endpoint (the local emulator, a proxy); operation paths
    /// (<c>/v1/...</c>) are relative to it. Null uses <see cref="PartnerCenterCloud.Endpoint"/>.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// Gets tokens for <see cref="PartnerCenterCloud.TokenScope"/>, cached until shortly before they expire.
    /// Set at most one of <see cref="Credential"/>, <see cref="AccessToken"/> and <see cref="AccessTokenProvider"/>.
    /// </summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>A bearer token used as it is, for scripts and tests; it is never refreshed.</summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// Called before every attempt for the bearer token, for callers that manage tokens themselves (and
    /// cache them: the client does not).
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? AccessTokenProvider { get; set; }

    /// <summary>Sent as <c>MS-PartnerCenter-Application</c> when set: the calling application's name.</summary>
    public string? ApplicationName { get; set; }

    /// <summary>Sent as <c>X-Locale</c> when set, for example <c>en-US</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>Sent as <c>MS-Contract-Version</c> unless a call gives its own.</summary>
    public string ContractVersion { get; set; } = "v1";

    /// <summary>Retries and time limits.</summary>
    public PartnerCenterResilienceOptions Resilience { get; set; } = new();

    /// <summary>The root requests go to: <see cref="Endpoint"/> when set, otherwise the cloud's.</summary>
    public Uri EffectiveEndpoint => Endpoint ?? Cloud.Endpoint;
}
