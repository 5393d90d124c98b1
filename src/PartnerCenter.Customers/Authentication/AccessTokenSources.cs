namespace PartnerCenter.Customers.Authentication;

/// <summary>Picks the token source the options describe.</summary>
internal static class AccessTokenSources
{
    /// <summary>The configured source, or null when the options configure no credential at all.</summary>
    public static IAccessTokenSource? From(PartnerCenterClientOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Credential is { } credential)
        {
            return new CachedTokenCredentialSource(credential, options.Cloud.TokenScope, timeProvider);
        }

        if (options.AccessToken is { } token)
        {
            return DelegateAccessTokenSource.Fixed(token);
        }

        return options.AccessTokenProvider is { } provider
            ? new DelegateAccessTokenSource("the AccessTokenProvider callback", provider)
            : null;
    }
}
