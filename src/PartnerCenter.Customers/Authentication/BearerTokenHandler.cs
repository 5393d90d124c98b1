using System.Net.Http.Headers;
using PartnerCenter.Customers.Errors;

namespace PartnerCenter.Customers.Authentication;

/// <summary>
/// Sets <c>Authorization: Bearer</c> on every attempt. It sits inside the resilience handler so that a retry
/// after a long wait asks for the token again and so gets a fresh one if the cached one went stale.
/// </summary>
/// <remarks>
/// Without a configured credential it sends no Authorization header: the service then answers 401 and the
/// resulting <see cref="PartnerCenterException"/> says that no token was configured.
/// </remarks>
internal sealed class BearerTokenHandler(IAccessTokenSource? tokens) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (tokens is null)
        {
            return base.SendAsync(request, cancellationToken);
        }

        ValueTask<string> pending;
        try
        {
            pending = tokens.GetTokenAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            // Handled below exactly like a source whose task fails.
            pending = ValueTask.FromException<string>(exception);
        }

        // A fixed or cached token is there at once (every attempt but the one that refreshes a token): no async state
        // machine for it. Failures still surface through the returned task, as from the asynchronous path.
        if (pending.IsCompletedSuccessfully)
        {
            try
            {
                Authorize(request, tokens, pending.Result);
            }
            catch (PartnerCenterException exception)
            {
                return Task.FromException<HttpResponseMessage>(exception);
            }

            return base.SendAsync(request, cancellationToken);
        }

        return SendWhenTokenArrivesAsync(request, tokens, pending, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWhenTokenArrivesAsync(
        HttpRequestMessage request, IAccessTokenSource source, ValueTask<string> pending, CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = await pending.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not retried: credentials retry on their own, and a wrong secret does not get better by asking again.
            throw Unavailable(request, source, exception);
        }

        Authorize(request, source, token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void Authorize(HttpRequestMessage request, IAccessTokenSource source, string token)
    {
        if (string.IsNullOrWhiteSpace(token) || HasWhiteSpace(token))
        {
            throw PartnerCenterExceptionFactory.TokenUnavailable(request, $"{source.Description} gave an empty token or one containing whitespace.", null);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static PartnerCenterException Unavailable(HttpRequestMessage request, IAccessTokenSource source, Exception exception) =>
        PartnerCenterExceptionFactory.TokenUnavailable(request, $"{source.Description} failed: {exception.Message}", exception);

    private static bool HasWhiteSpace(string token)
    {
        foreach (var character in token)
        {
            if (char.IsWhiteSpace(character))
            {
                return true;
            }
        }

        return false;
    }
}
