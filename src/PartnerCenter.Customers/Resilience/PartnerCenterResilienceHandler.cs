using PartnerCenter.Customers.Errors;
using PartnerCenter.Customers.Http;
using Polly;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// Sends every call's first attempt itself, within the attempt timeout, and hands the call to its resilience pipeline
/// (<see cref="PartnerCenterResiliencePipelines"/>) only when that attempt did not succeed: the pipeline then starts
/// from the first attempt's outcome, as if it had made that attempt itself, and decides on retries with Polly's retry
/// strategy (backoff, jitter, <c>Retry-After</c>, the call's budget). The handlers after this one run once per attempt.
/// </summary>
/// <remarks>
/// Nearly every call succeeds at once, and running it through four Polly strategies cost more than everything else
/// of the runtime together (docs/benchmarks.md). The first attempt needs only its timeout: one pooled cancellation
/// source (<see cref="Deadlines"/>). It counts against the call's total timeout like any other attempt (the budget
/// starts before it), it times out with the same <see cref="Polly.Timeout.TimeoutRejectedException"/>, and the
/// caller's cancellation passes through as it is.
/// </remarks>
internal sealed class PartnerCenterResilienceHandler(PartnerCenterResiliencePipelines resilience) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = resilience.TimeProvider.GetTimestamp();
        Outcome<HttpResponseMessage> first;
        var deadline = resilience.Deadlines.Start(resilience.FirstAttemptTimeout, cancellationToken);
        try
        {
            var response = await base.SendAsync(request, deadline.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            first = Outcome.FromResult(response);
        }
        catch (OperationCanceledException cancellation) when (deadline.Expired)
        {
            first = Outcome.FromException<HttpResponseMessage>(TimeoutRejections.Of(resilience.FirstAttemptTimeout, cancellation));
        }
        // The caller's cancellation passes as it is; a transport failure never does uncleaned (the pipeline then
        // reports the cancellation).
        catch (Exception exception) when (exception is HttpRequestException || !cancellationToken.IsCancellationRequested)
        {
            first = FailedAttempt(request, exception);
        }
        finally
        {
            deadline.Dispose();
        }

        return await ContinueAsync(request, first, started, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rest of a call whose first attempt did not succeed: Polly decides whether and when to try again.</summary>
    private async Task<HttpResponseMessage> ContinueAsync(
        HttpRequestMessage request, Outcome<HttpResponseMessage> first, long started, CancellationToken cancellationToken)
    {
        var budget = new CallBudget(resilience.TotalTimeout, resilience.TimeProvider, started);
        if (budget.Left <= TimeSpan.Zero)
        {
            // The first attempt used the whole budget (its timeout is the total one): no time for another.
            first.ThrowIfException();
            return first.Result!;
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(CallBudget.Key, budget);
            var outcome = await resilience.For(request).ExecuteOutcomeAsync(
                static (context, attempts) => attempts.NextAsync(context.CancellationToken),
                context,
                new Attempts(this, request, first, CallAttempts.AfterFirst(request))).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<Outcome<HttpResponseMessage>> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return Outcome.FromResult(await base.SendAsync(request, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception)
        {
            return FailedAttempt(request, exception);
        }
    }

    /// <summary>
    /// An attempt's failure, as Polly sees it (and logs it) and the caller may receive it. A transport failure is
    /// replaced by a copy cleaned by <see cref="ServerText"/>: the platform quotes invalid header lines and chunk
    /// headers verbatim, and a gateway that echoes the Authorization header would otherwise put the token into Polly's
    /// log records and into the final exception.
    /// </summary>
    private static Outcome<HttpResponseMessage> FailedAttempt(HttpRequestMessage request, Exception exception) =>
        Outcome.FromException<HttpResponseMessage>(exception is HttpRequestException transport
            ? CleanedExceptions.Of(transport, request.Headers.Authorization?.Parameter)
            : exception);

    /// <summary>The attempts the pipeline makes: the first one's outcome, already known, then real ones, counted.</summary>
    private sealed class Attempts(
        PartnerCenterResilienceHandler handler, HttpRequestMessage request, Outcome<HttpResponseMessage> first, CallAttempts count)
    {
        private bool _firstTaken;

        public ValueTask<Outcome<HttpResponseMessage>> NextAsync(CancellationToken cancellationToken)
        {
            if (_firstTaken)
            {
                // Counted before it is sent: a failure raised within the attempt reports it.
                count.Increment();
                return handler.SendAttemptAsync(request, cancellationToken);
            }

            _firstTaken = true;
            return ValueTask.FromResult(first);
        }
    }
}
