using Azure.Core;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Customers.Authentication;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>Tokens from a TokenCredential are cached until shortly before expiry and refreshed by one caller at a time.</summary>
public sealed class CachedTokenCredentialSourceTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Token_is_reused_until_five_minutes_before_it_expires()
    {
        var clock = new FakeTimeProvider(Start);
        var credential = new CountingCredential(clock, lifetime: TimeSpan.FromHours(1));
        using var source = new CachedTokenCredentialSource(credential, "https://api.partnercenter.microsoft.com/.default", clock);

        var first = await source.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await source.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var refreshed = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", stillCached);
        Assert.Equal("token-2", refreshed);
        Assert.Equal(2, credential.Calls);
        Assert.Equal(["https://api.partnercenter.microsoft.com/.default"], credential.LastScopes);
    }

    [Fact]
    public async Task The_credentials_own_refresh_time_wins_when_it_is_sooner()
    {
        var clock = new FakeTimeProvider(Start);
        var credential = new CountingCredential(clock, lifetime: TimeSpan.FromHours(1), refreshAfter: TimeSpan.FromMinutes(10));
        using var source = new CachedTokenCredentialSource(credential, "scope", clock);

        await source.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(11));
        var refreshed = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-2", refreshed);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_refresh()
    {
        var clock = new FakeTimeProvider(Start);
        var release = new TaskCompletionSource();
        var credential = new CountingCredential(clock, lifetime: TimeSpan.FromHours(1), gate: release.Task);
        using var source = new CachedTokenCredentialSource(credential, "scope", clock);

        var callers = Enumerable.Range(0, 16).Select(_ => source.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        await credential.FirstCallStarted;
        release.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, credential.Calls);
        Assert.All(tokens, token => Assert.Equal("token-1", token));
    }

    [Fact]
    public async Task A_failed_refresh_is_not_cached_and_the_next_call_asks_again()
    {
        var clock = new FakeTimeProvider(Start);
        var credential = new CountingCredential(clock, lifetime: TimeSpan.FromHours(1), failFirst: true);
        using var source = new CachedTokenCredentialSource(credential, "scope", clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => source.GetTokenAsync(CancellationToken.None).AsTask());
        var token = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-2", token);
        Assert.Equal(2, credential.Calls);
    }

    private sealed class CountingCredential(
        TimeProvider clock,
        TimeSpan lifetime,
        TimeSpan? refreshAfter = null,
        Task? gate = null,
        bool failFirst = false) : TokenCredential
    {
        private readonly TaskCompletionSource _firstCallStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public string[] LastScopes { get; private set; } = [];

        public Task FirstCallStarted => _firstCallStarted.Task;

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            LastScopes = requestContext.Scopes;
            _firstCallStarted.TrySetResult();
            if (gate is not null)
            {
                await gate;
            }

            if (failFirst && call == 1)
            {
                throw new InvalidOperationException("the identity provider is down");
            }

            var now = clock.GetUtcNow();
            return new AccessToken($"token-{call}", now + lifetime, refreshOn: refreshAfter is { } after ? now + after : null);
        }
    }
}
