namespace PartnerCenter.Customers;

/// <summary>
/// A Partner Center cloud: where its REST API lives, which Microsoft Entra authority issues its tokens,
/// and which scope a token for it is requested with.
/// </summary>
/// <param name="Name">A short name for messages and logs, for example <c>global</c>.</param>
/// <param name="Endpoint">The REST service root; operation paths (<c>/v1/...</c>) are relative to it.</param>
/// <param name="AuthorityHost">The Microsoft Entra authority that issues tokens for this cloud. A <see cref="Azure.Core.TokenCredential"/> is created by the caller, so pass this value to its options (for example <c>ClientSecretCredentialOptions.AuthorityHost</c>).</param>
/// <param name="TokenScope">The scope requested from a <see cref="Azure.Core.TokenCredential"/>.</param>
public sealed record PartnerCenterCloud(string Name, Uri Endpoint, Uri AuthorityHost, string TokenScope)
{
    private static readonly Uri GlobalEndpoint = new("https://api.partnercenter.microsoft.com");
    private const string GlobalScope = "https://api.partnercenter.microsoft.com/.default";

    /// <summary>The global (public) Partner Center.</summary>
    public static PartnerCenterCloud Global { get; } =
        new("global", GlobalEndpoint, new Uri("https://login.microsoftonline.com/"), GlobalScope);

    /// <summary>
    /// Partner Center for Microsoft Cloud for US Government. The documentation says its REST endpoints are
    /// the same as the global ones; only the token authority differs.
    /// </summary>
    public static PartnerCenterCloud UsGovernment { get; } =
        new("usgov", GlobalEndpoint, new Uri("https://login.microsoftonline.us/"), GlobalScope);

    /// <summary>
    /// Partner Center operated by 21Vianet. The authority comes from the Partner Center PowerShell module's
    /// source, not from the documentation, and the scope follows the usual rule that the token resource is
    /// the service's own root: both are unverified against the live service.
    /// </summary>
    public static PartnerCenterCloud China { get; } =
        new(
            "china",
            new Uri("https://partner.partnercenterapi.microsoftonline.cn"),
            new Uri("https://login.chinacloudapi.cn/"),
            "https://partner.partnercenterapi.microsoftonline.cn/.default");

    /// <summary>
    /// Any other endpoint (a proxy, a test double, the local emulator). Tokens default to the global cloud's
    /// authority and scope.
    /// </summary>
    public static PartnerCenterCloud Custom(Uri endpoint, string? tokenScope = null, Uri? authorityHost = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new("custom", endpoint, authorityHost ?? Global.AuthorityHost, tokenScope ?? GlobalScope);
    }
}
