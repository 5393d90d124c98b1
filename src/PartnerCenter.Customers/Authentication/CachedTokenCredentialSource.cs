using Azure.Core;

namespace PartnerCenter.Customers.Authentication;

/// <summary>
/// Tokens from an Azure.Core <see cref="TokenCredential"/>, cached until five minutes before they expire (or
/// until the credential's own <see cref="AccessToken.RefreshOn"/>, if sooner). Concurrent callers share one
/// refresh: the first one to find the token stale asks the credential, the others wait for its answer.
/// </summary>
internal sealed class CachedTokenCredentialSource(TokenCredential credential, string scope, TimeProvider timeProvider)
    : IAccessTokenSource, IDisposable
{
    /// <summary>How long before expiry a token is replaced, so that none expires while a request is in flight.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CachedToken? _cached;

    public string Description => $"scope {scope}";

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (FreshToken() is { } token)
        {
            return token;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed it while this one waited.
            if (FreshToken() is { } refreshed)
            {
                return refreshed;
            }

            var fresh = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _cached, new CachedToken(fresh.Token, RefreshTime(fresh)));
            return fresh.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private string? FreshToken() =>
        Volatile.Read(ref _cached) is { } cached && timeProvider.GetUtcNow() < cached.RefreshAt ? cached.Value : null;

    private static DateTimeOffset RefreshTime(AccessToken token)
    {
        var beforeExpiry = token.ExpiresOn - RefreshMargin;
        return token.RefreshOn is { } refreshOn && refreshOn < beforeExpiry ? refreshOn : beforeExpiry;
    }

    // A class, not a record: a record's generated ToString would print the token.
    private sealed class CachedToken(string value, DateTimeOffset refreshAt)
    {
        public string Value { get; } = value;

        public DateTimeOffset RefreshAt { get; } = refreshAt;
    }
}
