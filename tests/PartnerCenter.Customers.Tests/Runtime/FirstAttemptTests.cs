using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using PartnerCenter.Customers.Resilience;
using PartnerCenter.Testing;
using Polly.Timeout;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>
/// The resilience handler sends a call's first attempt itself and enters Polly's pipeline only when that attempt did
/// not succeed. Whatever path an attempt takes, the call behaves as one pipeline would: the first attempt has the
/// attempt timeout, counts against the total one, is retried as any other, and a cancellation by the caller stays a
/// cancellation. Time moves only when a test moves it.
/// </summary>
public sealed class FirstAttemptTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_first_attempt_that_succeeds_never_enters_the_pipeline()
    {
        var logs = new LoggedCategories();
        using var invoker = Invoker(new Script(_ => Answer(HttpStatusCode.OK)), new TestClock(), logs: logs);

        using var response = await invoker.SendAsync(Get(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(logs.Categories);
    }

    [Fact]
    public async Task A_first_attempt_that_fails_transiently_is_retried_through_the_pipeline_and_the_call_succeeds()
    {
        var logs = new LoggedCategories();
        HttpResponseMessage? unavailable = null;
        var script = new Script(
            _ => Task.FromResult(unavailable = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("busy") }),
            _ => Answer(HttpStatusCode.OK));
        using var invoker = Invoker(script, new TestClock { SkipWaitsUpTo = TimeSpan.FromSeconds(1) }, logs: logs);

        using var response = await invoker.SendAsync(Get(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, script.Attempts);
        // Polly's retry handled the first attempt's answer, disposed it, and said so in its events.
        Assert.Throws<ObjectDisposedException>(() => unavailable!.Content.ReadAsStream());
        Assert.Contains(logs.Categories, category => category.StartsWith("Polly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_attempt_that_times_out_is_retried_and_its_token_was_cancelled()
    {
        var script = new Script(Never, _ => Answer(HttpStatusCode.OK));
        var clock = new TestClock { SkipWaitsUpTo = TimeSpan.FromSeconds(1) };
        using var invoker = Invoker(script, clock);

        var call = invoker.SendAsync(Get(), CancellationToken.None);
        await clock.AdvanceWhenScheduledAsync(AttemptTimeout, call);
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, script.Attempts);
        Assert.True(script.Tokens[0].IsCancellationRequested);
    }

    [Fact]
    public async Task A_first_attempt_that_times_out_without_retries_is_the_attempt_timeout()
    {
        var script = new Script(Never);
        var clock = new TestClock();
        using var invoker = Invoker(script, clock, maxRetries: 0);

        var call = invoker.SendAsync(Get(), CancellationToken.None);
        await clock.AdvanceWhenScheduledAsync(AttemptTimeout, call);
        var timeout = await Assert.ThrowsAsync<TimeoutRejectedException>(() => call);

        Assert.Equal(AttemptTimeout, timeout.Timeout);
        Assert.IsAssignableFrom<OperationCanceledException>(timeout.InnerException);
        Assert.Equal(1, script.Attempts);
    }

    [Fact]
    public async Task Cancelling_during_the_first_attempt_is_a_cancellation_not_a_timeout_and_is_not_retried()
    {
        var script = new Script(Never, _ => Answer(HttpStatusCode.OK));
        var clock = new TestClock();
        using var invoker = Invoker(script, clock);
        using var cancellation = new CancellationTokenSource();

        var call = invoker.SendAsync(Get(), cancellation.Token);
        await clock.ScheduledBeforeEndAsync(wait => wait == AttemptTimeout, call, "the first attempt's timeout");
        await cancellation.CancelAsync();
        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.IsNotType<TimeoutRejectedException>(exception);
        Assert.Equal(1, script.Attempts);
        Assert.True(script.Tokens[0].IsCancellationRequested);
    }

    [Fact]
    public async Task When_the_caller_cancels_as_the_attempt_times_out_the_call_is_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var clock = new TestClock();
        var script = new Script(async token =>
        {
            // Both at once: the attempt's time runs out and the caller gives up.
            clock.Advance(AttemptTimeout);
            await cancellation.CancelAsync();
            return await Never(token);
        });
        using var invoker = Invoker(script, clock);

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => invoker.SendAsync(Get(), cancellation.Token));

        Assert.IsNotType<TimeoutRejectedException>(exception);
        Assert.Equal(1, script.Attempts);
    }

    [Fact]
    public async Task The_first_attempt_counts_against_the_total_timeout()
    {
        var secondAttempt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var script = new Script(Never, token =>
        {
            secondAttempt.SetResult();
            return Never(token);
        });
        var clock = new TestClock { SkipWaitsUpTo = TimeSpan.FromSeconds(1) };
        using var invoker = Invoker(script, clock);

        var call = invoker.SendAsync(Get(), CancellationToken.None);
        await clock.AdvanceWhenScheduledAsync(AttemptTimeout, call);
        await secondAttempt.Task;
        // 10 of the 15 s are gone: the pipeline's total timeout, set before its retries, is the 5 s left, not 15 s from now.
        Assert.Contains(TotalTimeout - AttemptTimeout, clock.ScheduledWaits);
        clock.Advance(TotalTimeout - AttemptTimeout);
        var timeout = await Assert.ThrowsAsync<TimeoutRejectedException>(() => call);

        // Reported as the call's limit, as configured.
        Assert.Equal(TotalTimeout, timeout.Timeout);
        Assert.Equal(2, script.Attempts);
        Assert.DoesNotContain(TotalTimeout, clock.ScheduledWaits);
    }

    [Fact]
    public async Task A_Retry_After_is_measured_against_what_the_first_attempt_left_of_the_budget()
    {
        var clock = new TestClock();
        var script = new Script(_ =>
        {
            // The first answer comes after 8 of the 15 s: a 9 s wait would end past the budget.
            clock.Advance(TimeSpan.FromSeconds(8));
            var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            throttled.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(9));
            return Task.FromResult(throttled);
        });
        using var invoker = Invoker(script, clock);
        using var request = Get();
        var wait = clock.NextWaitAsync(wait => wait == TimeSpan.FromSeconds(9));

        var call = invoker.SendAsync(request, CancellationToken.None);
        Assert.True(await Task.WhenAny(call, wait) == call, "the client started the 9 s wait, which would end past its 15 s budget");
        using var response = await call;

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, script.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(7), WaitBeyondBudget.LeftWhenRefused(request));
    }

    private static HttpMessageInvoker Invoker(Script script, TimeProvider clock, int maxRetries = 3, LoggedCategories? logs = null)
    {
        var options = new PartnerCenterResilienceOptions
        {
            MaxRetryAttempts = maxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromMilliseconds(50),
            AttemptTimeout = AttemptTimeout,
            TotalTimeout = TotalTimeout,
        };
        var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs ?? new LoggedCategories()));
        return new HttpMessageInvoker(new PartnerCenterResilienceHandler(new PartnerCenterResiliencePipelines(options, clock, loggerFactory))
        {
            InnerHandler = script,
        });
    }

    private static HttpRequestMessage Get() => new(HttpMethod.Get, "https://example.test/v1/customers/x");

    private static Task<HttpResponseMessage> Answer(HttpStatusCode status) => Task.FromResult(new HttpResponseMessage(status));

    private static async Task<HttpResponseMessage> Never(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("An infinite delay ended without cancellation.");
    }

    /// <summary>Answers attempt n with the n-th function; records each attempt's token.</summary>
    private sealed class Script(params Func<CancellationToken, Task<HttpResponseMessage>>[] attempts) : HttpMessageHandler
    {
        private readonly ConcurrentQueue<CancellationToken> _tokens = new();

        public int Attempts => _tokens.Count;

        public IReadOnlyList<CancellationToken> Tokens => [.. _tokens];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _tokens.Enqueue(cancellationToken);
            var response = await attempts[_tokens.Count - 1](cancellationToken);
            // As the platform's handler does: the runtime reads the request back from the response.
            response.RequestMessage ??= request;
            return response;
        }
    }

    /// <summary>The categories of every log record written, to tell whether Polly's pipeline ran.</summary>
    private sealed class LoggedCategories : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _written = new();

        public IReadOnlyList<string> Categories => [.. _written];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _written);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> written) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                written.Enqueue(category);
        }
    }
}
