using PartnerCenter.Customers.Authentication;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>
/// The bearer token on every attempt, whether the source has it at once (a fixed or cached token) or later (a
/// credential being asked), and every way a source can fail: always a <see cref="PartnerCenterException"/> of kind
/// Authentication through the returned task, and the request never sent.
/// </summary>
public sealed class BearerTokenHandlerTests
{
    private const string Token = "unit-token-7f3a";

    public static TheoryData<string> Timings() => ["at once", "later"];

    [Theory]
    [MemberData(nameof(Timings))]
    public async Task The_token_is_sent_as_a_bearer_authorization(string timing)
    {
        var (invoker, sent) = Invoker(Source(timing, () => Token));
        using var request = Request();

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal("Bearer", Assert.Single(sent).Headers.Authorization?.Scheme);
        Assert.Equal(Token, sent[0].Headers.Authorization?.Parameter);
    }

    [Theory]
    [MemberData(nameof(Timings))]
    public async Task A_blank_token_or_one_with_whitespace_fails_before_sending(string timing)
    {
        foreach (var bad in new[] { "", "   ", "two parts", "line\nbreak" })
        {
            var (invoker, sent) = Invoker(Source(timing, () => bad));
            using var request = Request();

            var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => invoker.SendAsync(request, CancellationToken.None));

            Assert.Equal(PartnerCenterFailureKind.Authentication, failure.Kind);
            Assert.Contains("gave an empty token or one containing whitespace", failure.Message, StringComparison.Ordinal);
            Assert.Empty(sent);
        }
    }

    [Theory]
    [MemberData(nameof(Timings))]
    public async Task A_failing_source_fails_before_sending_with_the_failure_inside(string timing)
    {
        var broken = new InvalidOperationException("identity provider said no");
        var (invoker, sent) = Invoker(Source(timing, () => throw broken));
        using var request = Request();

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => invoker.SendAsync(request, CancellationToken.None));

        Assert.Equal(PartnerCenterFailureKind.Authentication, failure.Kind);
        Assert.Contains("failed: identity provider said no", failure.Message, StringComparison.Ordinal);
        Assert.Same(broken, failure.InnerException);
        Assert.Empty(sent);
    }

    [Fact]
    public async Task A_source_that_throws_instead_of_returning_a_task_fails_the_same_way()
    {
        var source = new DelegateAccessTokenSource("a throwing callback", _ => throw new InvalidOperationException("no token"));
        var (invoker, sent) = Invoker(source);
        using var request = Request();

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => invoker.SendAsync(request, CancellationToken.None));

        Assert.Contains("a throwing callback failed: no token", failure.Message, StringComparison.Ordinal);
        Assert.Empty(sent);
    }

    [Fact]
    public async Task Cancelling_while_the_token_is_awaited_cancels_without_wrapping()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new DelegateAccessTokenSource("a slow callback", async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Token;
        });
        var (invoker, sent) = Invoker(source);
        using var request = Request();

        var sending = invoker.SendAsync(request, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.Empty(sent);
    }

    [Fact]
    public async Task Without_a_source_no_authorization_is_sent()
    {
        var (invoker, sent) = Invoker(null);
        using var request = Request();

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Null(Assert.Single(sent).Headers.Authorization);
    }

    /// <summary>A source that has the token at once (a completed task) or only after yielding (a pending one).</summary>
    private static DelegateAccessTokenSource Source(string timing, Func<string> token) =>
        timing == "at once"
            ? new DelegateAccessTokenSource("the configured AccessToken", _ =>
            {
                try
                {
                    return ValueTask.FromResult(token());
                }
                catch (Exception exception)
                {
                    return ValueTask.FromException<string>(exception);
                }
            })
            : new DelegateAccessTokenSource("the AccessTokenProvider callback", async _ =>
            {
                await Task.Yield();
                return token();
            });

    private static (HttpMessageInvoker Invoker, List<HttpRequestMessage> Sent) Invoker(IAccessTokenSource? source)
    {
        var sent = new List<HttpRequestMessage>();
        return (new HttpMessageInvoker(new BearerTokenHandler(source) { InnerHandler = new Recording(sent) }), sent);
    }

    private static HttpRequestMessage Request() => new(HttpMethod.Get, "https://example.test/v1/customers/x");

    private sealed class Recording(List<HttpRequestMessage> sent) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Add(request);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
