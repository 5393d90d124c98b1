using Azure.Core;

namespace PartnerCenter.Customers;

/// <summary>Where and how the client talks to Partner Center.</summary>
public sealed class PartnerCenterClientOptions
{
    /// <summary>The default of <see cref="MaxResponseBodyBytes"/>: 4 MiB.</summary>
    public const int DefaultMaxResponseBodyBytes = 4 * 1024 * 1024;

    /// <summary>The default of <see cref="MaxErrorBodyBytes"/>: 64 KiB.</summary>
    public const int DefaultMaxErrorBodyBytes = 64 * 1024;

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

    /// <summary>
    /// The largest success body the client reads, in bytes; default 4 MiB (a customer is a few KiB). A response
    /// that declares a longer <c>Content-Length</c>, or turns out longer while it is read, fails at once with
    /// <see cref="PartnerCenterFailureKind.InvalidResponse"/> and is not retried; nothing past the limit is buffered.
    /// </summary>
    public int MaxResponseBodyBytes { get; set; } = DefaultMaxResponseBodyBytes;

    /// <summary>
    /// How much of an error body (any status that is not a success) the client reads, in bytes; default 64 KiB.
    /// The rest is never read: the error is reported with the status and this much of the body
    /// (<see cref="PartnerCenterException.ResponseBody"/>). Partner Center's error bodies are a few hundred bytes.
    /// </summary>
    public int MaxErrorBodyBytes { get; set; } = DefaultMaxErrorBodyBytes;

    /// <summary>
    /// Whether a redirect to another origin (scheme, host or port) is followed; default false, and then such a
    /// redirect fails with a <see cref="PartnerCenterException"/> naming the target. Redirects within the
    /// endpoint's origin are always followed. When true, the token is still never sent to the other origin.
    /// </summary>
    public bool AllowCrossOriginRedirects { get; set; }

    /// <summary>
    /// Whether plain <c>http://</c> is allowed to a host other than this machine; default false, and then such an
    /// endpoint is refused when the client is created, because the bearer token would cross the network
    /// unencrypted. Loopback (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>) is always allowed, for the emulator.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>The root requests go to: <see cref="Endpoint"/> when set, otherwise the cloud's.</summary>
    public Uri EffectiveEndpoint => Endpoint ?? Cloud.Endpoint;
}
