namespace PartnerCenter.Customers.Authentication;

/// <summary>Where the bearer token of each attempt comes from.</summary>
internal interface IAccessTokenSource
{
    /// <summary>What the token is for, for error messages (a scope, or "the configured token").</summary>
    string Description { get; }

    /// <summary>The token to send; the source decides whether it is cached.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
