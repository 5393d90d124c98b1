namespace PartnerCenter.Customers.Authentication;

/// <summary>
/// The container's one token source (or none), so the token cache lives as long as the container and is
/// disposed with it.
/// </summary>
internal sealed class AccessTokenHolder(IAccessTokenSource? source) : IDisposable
{
    public IAccessTokenSource? Source { get; } = source;

    public void Dispose() => (Source as IDisposable)?.Dispose();
}
