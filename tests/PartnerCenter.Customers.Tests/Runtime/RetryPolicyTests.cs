using System.Net;
using Polly;
using Polly.Timeout;
using PartnerCenter.Customers.Resilience;
using PartnerCenter.Testing;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>What is retried: transient failures of idempotent requests, and throttling of any request.</summary>
public sealed class RetryPolicyTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(2);

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

        Assert.Equal(transient, TransientFailure.ShouldRetry(outcome, requestIsIdempotent: true, Budget, TimeProvider.System));
        Assert.False(TransientFailure.ShouldRetry(outcome, requestIsIdempotent: false, Budget, TimeProvider.System));
    }

    [Fact]
    public void Throttling_is_retried_for_any_request_because_nothing_was_applied()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(5));

        Assert.True(TransientFailure.ShouldRetry(Outcome.FromResult(response), requestIsIdempotent: false, Budget, TimeProvider.System));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, 49, true)]
    [InlineData(HttpStatusCode.TooManyRequests, 50, false)]
    [InlineData(HttpStatusCode.TooManyRequests, 300, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 49, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 51, false)]
    public void A_Retry_After_wait_is_retried_only_when_it_ends_within_the_time_left(HttpStatusCode status, int retryAfterSeconds, bool retried)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/v1/customers/x");
        using var response = new HttpResponseMessage(status) { RequestMessage = request };
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfterSeconds));
        var timeLeft = TimeSpan.FromSeconds(50);

        Assert.Equal(retried, TransientFailure.ShouldRetry(Outcome.FromResult(response), requestIsIdempotent: true, timeLeft, TimeProvider.System));
        // When refused for the budget, the error message can say so.
        Assert.Equal(retried ? null : timeLeft, WaitBeyondBudget.LeftWhenRefused(request));
    }

    [Fact]
    public async Task The_time_left_is_the_total_timeout_minus_what_the_call_has_used_on_the_clients_clock()
    {
        var clock = new TestClock();
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        PartnerCenterResiliencePipeline.Configure(
            builder,
            new PartnerCenterResilienceOptions { MaxRetryAttempts = 5, TotalTimeout = TimeSpan.FromSeconds(120), AttemptTimeout = TimeSpan.FromSeconds(30) },
            requestIsIdempotent: true,
            clock);
        var pipeline = builder.Build();
        var attempts = 0;

        var call = pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(50));
            return ValueTask.FromResult(throttled);
        }).AsTask();
        await clock.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(50), call);
        await clock.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(50), call);
        using var response = await call;

        // 0, 50 and 100 s: at 100 s only 20 s are left, less than the 50 s asked for.
        Assert.Equal(3, attempts);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public void Transport_failures_and_attempt_timeouts_are_retried_for_idempotent_requests_only()
    {
        var network = Outcome.FromException<HttpResponseMessage>(new HttpRequestException("connection refused"));
        var timeout = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException());
        var bug = Outcome.FromException<HttpResponseMessage>(new InvalidOperationException());

        Assert.True(TransientFailure.ShouldRetry(network, true, Budget, TimeProvider.System));
        Assert.True(TransientFailure.ShouldRetry(timeout, true, Budget, TimeProvider.System));
        Assert.False(TransientFailure.ShouldRetry(network, false, Budget, TimeProvider.System));
        Assert.False(TransientFailure.ShouldRetry(bug, true, Budget, TimeProvider.System));
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
            // The backoffs pass as soon as they are scheduled: no real time is waited.
            new TestClock { SkipWaitsUpTo = TimeSpan.FromMilliseconds(5) });
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
