namespace PartnerCenter.Customers.Authentication;

/// <summary>A token from the caller: a fixed string, or a callback the caller caches behind.</summary>
internal sealed class DelegateAccessTokenSource(string description, Func<CancellationToken, ValueTask<string>> getToken) : IAccessTokenSource
{
    public string Description => description;

    public static DelegateAccessTokenSource Fixed(string token) =>
        new("the configured AccessToken", _ => ValueTask.FromResult(token));

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => getToken(cancellationToken);
}
