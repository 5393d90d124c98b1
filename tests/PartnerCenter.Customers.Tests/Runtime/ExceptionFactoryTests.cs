using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PartnerCenter.Customers.Errors;
using Polly.Timeout;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>Every failure becomes a PartnerCenterException with the ids of the call and no credential.</summary>
public sealed class ExceptionFactoryTests
{
    private const string Token = "unit-SECRET-token-0d6c";

    [Fact]
    public async Task Success_is_not_an_error()
    {
        using var response = Response(HttpStatusCode.OK, "{}");

        Assert.Null(await PartnerCenterExceptionFactory.FromResponseAsync(response));
    }

    [Fact]
    public async Task Error_response_carries_status_code_description_ids_and_body_but_not_the_token()
    {
        using var response = Response(HttpStatusCode.Forbidden, """{"code":"900308","description":"Insufficient privileges."}""");

        var failure = Assert.IsType<PartnerCenterException>(await PartnerCenterExceptionFactory.FromResponseAsync(response));

        Assert.Equal(PartnerCenterFailureKind.ErrorResponse, failure.Kind);
        Assert.Equal(403, failure.StatusCode);
        Assert.Equal("900308", failure.ErrorCode);
        Assert.Equal("Insufficient privileges.", failure.ErrorDescription);
        Assert.Equal("corr-1", failure.CorrelationId);
        Assert.Equal("req-1", failure.RequestId);
        Assert.Equal("/v1/customers/x", failure.Path);
        Assert.Equal(
            "Partner Center answered GET /v1/customers/x with HTTP 403 (Forbidden), error code 900308: Insufficient privileges. [MS-CorrelationId corr-1, MS-RequestId req-1]",
            failure.Message);
        Assert.DoesNotContain(Token, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("?secret", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_without_a_token_says_how_to_configure_one()
    {
        using var response = Response(HttpStatusCode.Unauthorized, """{"code":"800001","description":"Token missing."}""", withToken: false);

        var failure = Assert.IsType<PartnerCenterException>(await PartnerCenterExceptionFactory.FromResponseAsync(response));

        Assert.Contains("PartnerCenterClientOptions.Credential, AccessToken or AccessTokenProvider", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transport_failures_become_network_and_timeout_failures_and_caller_cancellation_stays_cancellation()
    {
        using var request = Request(withToken: true);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var cancellation = new OperationCanceledException(cancelled.Token);

        var network = Assert.IsType<PartnerCenterException>(
            PartnerCenterExceptionFactory.FromTransportFailure(request, new HttpRequestException("Connection refused (example.test:443)"), CancellationToken.None));
        var timeout = Assert.IsType<PartnerCenterException>(
            PartnerCenterExceptionFactory.FromTransportFailure(request, new TimeoutRejectedException(TimeSpan.FromSeconds(30)), CancellationToken.None));
        var passedThrough = PartnerCenterExceptionFactory.FromTransportFailure(request, cancellation, cancelled.Token);
        var bug = new InvalidOperationException("a bug");

        Assert.Equal(PartnerCenterFailureKind.Network, network.Kind);
        Assert.Equal("Could not reach Partner Center at https://example.test for GET /v1/customers/x: Connection refused (example.test:443) [MS-CorrelationId corr-1, MS-RequestId req-1]", network.Message);
        Assert.Equal(PartnerCenterFailureKind.Timeout, timeout.Kind);
        Assert.Contains("30 s timeout", timeout.Message, StringComparison.Ordinal);
        Assert.Same(cancellation, passedThrough);
        Assert.Same(bug, PartnerCenterExceptionFactory.FromTransportFailure(request, bug, CancellationToken.None));
    }

    private static HttpResponseMessage Response(HttpStatusCode status, string body, bool withToken = true) =>
        new(status)
        {
            RequestMessage = Request(withToken),
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

    private static HttpRequestMessage Request(bool withToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/v1/customers/x?secret=continuation");
        request.Headers.TryAddWithoutValidation("MS-CorrelationId", "corr-1");
        request.Headers.TryAddWithoutValidation("MS-RequestId", "req-1");
        if (withToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        return request;
    }
}
