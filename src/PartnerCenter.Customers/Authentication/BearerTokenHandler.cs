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
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (tokens is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetTokenAsync(request, tokens, cancellationToken).ConfigureAwait(false));
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> GetTokenAsync(HttpRequestMessage request, IAccessTokenSource tokens, CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not retried: credentials retry on their own, and a wrong secret does not get better by asking again.
            throw PartnerCenterExceptionFactory.TokenUnavailable(request, $"{tokens.Description} failed: {exception.Message}", exception);
        }

        if (string.IsNullOrWhiteSpace(token) || token.Any(char.IsWhiteSpace))
        {
            throw PartnerCenterExceptionFactory.TokenUnavailable(request, $"{tokens.Description} gave an empty token or one containing whitespace.", null);
        }

        return token;
    }
}
