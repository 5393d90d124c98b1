using System.Net;
using Polly;
using Polly.Timeout;
using PartnerCenter.Customers.Resilience;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>What is retried: transient failures of idempotent requests, and throttling of any request.</summary>
public sealed class RetryPolicyTests
{
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData("GET", null, true)]
    [InlineData("HEAD", null, true)]
    [InlineData("POST", null, false)]
    [InlineData("PATCH", null, false)]
    [InlineData("PUT", null, false)]
    [InlineData("PUT", "\"etag\"", true)]
    [InlineData("DELETE", null, false)]
    [InlineData("DELETE", "\"etag\"", true)]
    public void Only_requests_that_cannot_apply_twice_are_idempotent(string method, string? ifMatch, bool idempotent)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://example.test/v1/customers");
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        Assert.Equal(idempotent, RetryEligibility.IsIdempotent(request));
        Assert.Equal(idempotent ? RetryEligibility.Idempotent : RetryEligibility.NotIdempotent, RetryEligibility.PipelineKey(request));
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.Conflict, false)]
    public void Transient_statuses_are_retried_for_idempotent_requests_only(HttpStatusCode status, bool transient)
    {
        using var response = new HttpResponseMessage(status);
        var outcome = Outcome.FromResult(response);

        Assert.Equal(transient, TransientFailure.ShouldRetry(outcome, requestIsIdempotent: true, TotalTimeout, TimeProvider.System));
        Assert.False(TransientFailure.ShouldRetry(outcome, requestIsIdempotent: false, TotalTimeout, TimeProvider.System));
    }

    [Fact]
    public void Throttling_is_retried_for_any_request_because_nothing_was_applied()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(5));

        Assert.True(TransientFailure.ShouldRetry(Outcome.FromResult(response), requestIsIdempotent: false, TotalTimeout, TimeProvider.System));
    }

    [Fact]
    public void Throttling_that_asks_to_wait_beyond_the_total_timeout_is_not_retried()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMinutes(5));

        Assert.False(TransientFailure.ShouldRetry(Outcome.FromResult(response), requestIsIdempotent: true, TotalTimeout, TimeProvider.System));
    }

    [Fact]
    public void Transport_failures_and_attempt_timeouts_are_retried_for_idempotent_requests_only()
    {
        var network = Outcome.FromException<HttpResponseMessage>(new HttpRequestException("connection refused"));
        var timeout = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException());
        var bug = Outcome.FromException<HttpResponseMessage>(new InvalidOperationException());

        Assert.True(TransientFailure.ShouldRetry(network, true, TotalTimeout, TimeProvider.System));
        Assert.True(TransientFailure.ShouldRetry(timeout, true, TotalTimeout, TimeProvider.System));
        Assert.False(TransientFailure.ShouldRetry(network, false, TotalTimeout, TimeProvider.System));
        Assert.False(TransientFailure.ShouldRetry(bug, true, TotalTimeout, TimeProvider.System));
    }

    [Theory]
    [InlineData(true, HttpStatusCode.ServiceUnavailable, 3)]
    [InlineData(false, HttpStatusCode.ServiceUnavailable, 1)]
    [InlineData(false, HttpStatusCode.TooManyRequests, 3)]
    public async Task The_pipeline_makes_as_many_attempts_as_the_request_allows(bool idempotent, HttpStatusCode status, int expectedAttempts)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        PartnerCenterResiliencePipeline.Configure(
            builder,
            new PartnerCenterResilienceOptions { MaxRetryAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
            idempotent,
            TimeProvider.System);
        var pipeline = builder.Build();
        var attempts = 0;

        using var response = await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            return ValueTask.FromResult(new HttpResponseMessage(status));
        });

        Assert.Equal(expectedAttempts, attempts);
        Assert.Equal(status, response.StatusCode);
    }
}
