using System.Globalization;
using System.Net;
using System.Text.Json;
using PartnerCenter.Customers.Http;
using PartnerCenter.Customers.Resilience;
using Polly.Timeout;

namespace PartnerCenter.Customers.Errors;

/// <summary>
/// Turns every way a call can fail into a <see cref="PartnerCenterException"/>. Wired into Refit's settings
/// (<c>ExceptionFactory</c>, <c>DeserializationExceptionFactory</c>, <c>TransportExceptionFactory</c>), so
/// callers never see Refit's <c>ApiException</c>, which keeps the live request and its Authorization header.
/// Text that came from the server enters messages only through <see cref="ServerText"/>.
/// </summary>
internal static class PartnerCenterExceptionFactory
{
    /// <summary>Refit's <c>ExceptionFactory</c>: null for a success, otherwise the typed error of the response.</summary>
    public static async ValueTask<Exception?> FromResponseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var identity = RequestIdentity.Of(response.RequestMessage, response);
        var token = SentToken(response.RequestMessage);
        var body = await ResponseBodyReader.ReadAsync(response.Content, token).ConfigureAwait(false);
        var parsed = ErrorBody.Parse(body);
        var errorCode = ServerText.ForMessage(parsed.Code, 100, token);
        var errorDescription = ServerText.ForMessage(parsed.Description, ServerText.DefaultMaxLength, token);
        var status = (int)response.StatusCode;
        var retryAfter = RetryAfterHeader.Read(response, TimeProvider.System);
        var attempts = CallAttempts.Of(response.RequestMessage);

        var message = new System.Text.StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Partner Center answered {identity.Method} {identity.Path} with HTTP {status} ({ReasonOf(response, token)}){AfterAttempts(attempts)}");
        if (errorCode is not null && status != (int)HttpStatusCode.TooManyRequests)
        {
            message.Append(CultureInfo.InvariantCulture, $", error code {errorCode}");
        }

        message.Append(errorDescription is null ? "." : $": {errorDescription.TrimEnd('.')}.");
        if (retryAfter is { } wait)
        {
            message.Append(CultureInfo.InvariantCulture, $" It asked to retry after {Describe(wait)}");
            message.Append(WaitBeyondBudget.LeftWhenRefused(response.RequestMessage) is { } left
                ? string.Create(CultureInfo.InvariantCulture, $", longer than the {Describe(left)} left of the call's total timeout (Resilience.TotalTimeout), so it was not retried.")
                : ".");
        }

        if (status == (int)HttpStatusCode.Unauthorized && response.RequestMessage?.Headers.Authorization is null)
        {
            message.Append(" The request carried no token: configure one with PartnerCenterClientOptions.Credential, AccessToken or AccessTokenProvider.");
        }

        var kind = PartnerCenterFailureKind.ErrorResponse;
        if (ConcurrencyConflicts.Is(status, errorCode))
        {
            kind = PartnerCenterFailureKind.ConcurrencyConflict;
            message.Append(' ').Append(ConcurrencyConflicts.Explain(identity.Path, attempts));
        }

        message.Append(' ').Append(identity.IdsForMessage());
        return new PartnerCenterException(message.ToString(), kind, identity, innerException: null)
        {
            StatusCode = status,
            ErrorCode = errorCode,
            ErrorDescription = errorDescription,
            RetryAfter = retryAfter,
            ResponseBody = body,
            Attempts = attempts,
        };
    }

    /// <summary>Refit's <c>DeserializationExceptionFactory</c>: a success whose body does not fit the model.</summary>
    public static async ValueTask<Exception?> FromUnreadableBodyAsync(HttpResponseMessage response, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(exception);
        var identity = RequestIdentity.Of(response.RequestMessage, response);
        var token = SentToken(response.RequestMessage);
        var body = await ResponseBodyReader.ReadAsync(response.Content, token).ConfigureAwait(false);
        // The path is made of the body's own property names, and the reader's message may quote the body.
        var jsonPath = ServerText.ForMessage((exception as JsonException)?.Path, ServerText.DefaultMaxLength, token);
        var where = jsonPath is null ? string.Empty : $" at JSON path {jsonPath}";
        var message =
            $"Partner Center answered {identity.Method} {identity.Path} with HTTP {(int)response.StatusCode}, but its body could not be read{where}: {ServerText.ForMessage(exception.Message, ServerText.DefaultMaxLength, token)} {identity.IdsForMessage()}";
        var cause = exception is JsonException json ? CleanedExceptions.Of(json, token) : exception;
        return new PartnerCenterException(message, PartnerCenterFailureKind.InvalidResponse, identity, cause)
        {
            StatusCode = (int)response.StatusCode,
            JsonPath = jsonPath,
            ResponseBody = body,
            Attempts = CallAttempts.Of(response.RequestMessage),
        };
    }

    /// <summary>
    /// Refit's <c>TransportExceptionFactory</c>: the call got no usable response. Cancellation by the caller
    /// stays an <see cref="OperationCanceledException"/>; a <see cref="PartnerCenterException"/> raised by the
    /// runtime's own handlers passes as it is; exceptions that are programming errors rather than call failures
    /// pass through unchanged.
    /// </summary>
    public static Exception FromTransportFailure(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is PartnerCenterException
            || (exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return exception;
        }

        var identity = RequestIdentity.Of(request);
        var attempts = CallAttempts.Of(request);
        var host = request?.RequestUri is { IsAbsoluteUri: true } uri ? Origin.Of(uri).ToString() : "the endpoint";
        return exception switch
        {
            TimeoutRejectedException timeout => new PartnerCenterException(
                $"Partner Center did not answer {identity.Method} {identity.Path} in time: the call gave up at the {Describe(timeout.Timeout)} timeout{AfterAttempts(attempts)}. {identity.IdsForMessage()}",
                PartnerCenterFailureKind.Timeout,
                identity,
                exception) { Attempts = attempts },
            // HttpClient's own timeout surfaces as a cancellation nobody asked for.
            OperationCanceledException => new PartnerCenterException(
                $"Partner Center did not answer {identity.Method} {identity.Path} in time{AfterAttempts(attempts)}. {identity.IdsForMessage()}",
                PartnerCenterFailureKind.Timeout,
                identity,
                exception) { Attempts = attempts },
            // The platform's message can quote what the server sent (an invalid status line or header).
            HttpRequestException network => new PartnerCenterException(
                $"Could not reach Partner Center at {host} for {identity.Method} {identity.Path}{AfterAttempts(attempts)}: {ServerText.ForMessage(network.Message, ServerText.DefaultMaxLength, SentToken(request))} {identity.IdsForMessage()}",
                PartnerCenterFailureKind.Network,
                identity,
                CleanedExceptions.Of(network, SentToken(request))) { Attempts = attempts },
            _ => exception,
        };
    }

    /// <summary>The credential or token provider failed; raised before the request is sent.</summary>
    public static PartnerCenterException TokenUnavailable(HttpRequestMessage request, string reason, Exception? exception)
    {
        var identity = RequestIdentity.Of(request);
        // A credential library's message can quote what the identity provider answered.
        return new PartnerCenterException(
            $"Could not get an access token for {identity.Method} {identity.Path}: {ServerText.ForMessage(reason, 2 * ServerText.DefaultMaxLength)} {identity.IdsForMessage()}",
            PartnerCenterFailureKind.Authentication,
            identity,
            exception);
    }

    private static string? SentToken(HttpRequestMessage? request) => request?.Headers.Authorization?.Parameter;

    private static string AfterAttempts(int? attempts) =>
        attempts > 1 ? string.Create(CultureInfo.InvariantCulture, $" after {attempts} attempts") : string.Empty;

    private static string ReasonOf(HttpResponseMessage response, string? token) =>
        string.IsNullOrWhiteSpace(response.ReasonPhrase)
            ? response.StatusCode.ToString()
            : ServerText.ForMessage(response.ReasonPhrase, 100, token)!;

    private static string Describe(TimeSpan duration) =>
        duration.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.###} s")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0} ms");
}
