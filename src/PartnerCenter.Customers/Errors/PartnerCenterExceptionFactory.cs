using System.Globalization;
using System.Net;
using System.Text.Json;
using PartnerCenter.Customers.Http;
using Polly.Timeout;

namespace PartnerCenter.Customers.Errors;

/// <summary>
/// Turns every way a call can fail into a <see cref="PartnerCenterException"/>. Wired into Refit's settings
/// (<c>ExceptionFactory</c>, <c>DeserializationExceptionFactory</c>, <c>TransportExceptionFactory</c>), so
/// callers never see Refit's <c>ApiException</c>, which keeps the live request and its Authorization header.
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
        var body = await ResponseBodyReader.ReadAsync(response.Content).ConfigureAwait(false);
        var error = ErrorBody.Parse(body);
        var status = (int)response.StatusCode;
        var retryAfter = RetryAfterHeader.Read(response, TimeProvider.System);
        var attempts = CallAttempts.Of(response.RequestMessage);

        var message = new System.Text.StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Partner Center answered {identity.Method} {identity.Path} with HTTP {status} ({ReasonOf(response)}){AfterAttempts(attempts)}");
        if (error.Code is not null && status != (int)HttpStatusCode.TooManyRequests)
        {
            message.Append(CultureInfo.InvariantCulture, $", error code {error.Code}");
        }

        message.Append(error.Description is null ? "." : $": {error.Description.TrimEnd('.')}.");
        if (retryAfter is { } wait)
        {
            message.Append(CultureInfo.InvariantCulture, $" It asked to retry after {wait.TotalSeconds:0.###} s.");
        }

        if (status == (int)HttpStatusCode.Unauthorized && response.RequestMessage?.Headers.Authorization is null)
        {
            message.Append(" The request carried no token: configure one with PartnerCenterClientOptions.Credential, AccessToken or AccessTokenProvider.");
        }

        message.Append(' ').Append(identity.IdsForMessage());
        return new PartnerCenterException(message.ToString(), PartnerCenterFailureKind.ErrorResponse, identity, innerException: null)
        {
            StatusCode = status,
            ErrorCode = error.Code,
            ErrorDescription = error.Description,
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
        var body = await ResponseBodyReader.ReadAsync(response.Content).ConfigureAwait(false);
        var jsonPath = (exception as JsonException)?.Path;
        var where = jsonPath is null ? string.Empty : $" at JSON path {jsonPath}";
        var message =
            $"Partner Center answered {identity.Method} {identity.Path} with HTTP {(int)response.StatusCode}, but its body could not be read{where}: {exception.Message} {identity.IdsForMessage()}";
        return new PartnerCenterException(message, PartnerCenterFailureKind.InvalidResponse, identity, exception)
        {
            StatusCode = (int)response.StatusCode,
            JsonPath = jsonPath,
            ResponseBody = body,
            Attempts = CallAttempts.Of(response.RequestMessage),
        };
    }

    /// <summary>
    /// Refit's <c>TransportExceptionFactory</c>: the call got no usable response. Cancellation by the caller
    /// stays an <see cref="OperationCanceledException"/>; exceptions that are programming errors rather than
    /// call failures pass through unchanged.
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
        var host = request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.GetLeftPart(UriPartial.Authority) : "the endpoint";
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
            HttpRequestException network => new PartnerCenterException(
                $"Could not reach Partner Center at {host} for {identity.Method} {identity.Path}{AfterAttempts(attempts)}: {network.Message} {identity.IdsForMessage()}",
                PartnerCenterFailureKind.Network,
                identity,
                exception) { Attempts = attempts },
            _ => exception,
        };
    }

    /// <summary>The credential or token provider failed; raised before the request is sent.</summary>
    public static PartnerCenterException TokenUnavailable(HttpRequestMessage request, string reason, Exception? exception)
    {
        var identity = RequestIdentity.Of(request);
        return new PartnerCenterException(
            $"Could not get an access token for {identity.Method} {identity.Path}: {reason} {identity.IdsForMessage()}",
            PartnerCenterFailureKind.Authentication,
            identity,
            exception);
    }

    private static string AfterAttempts(int? attempts) =>
        attempts > 1 ? string.Create(CultureInfo.InvariantCulture, $" after {attempts} attempts") : string.Empty;

    private static string ReasonOf(HttpResponseMessage response) =>
        string.IsNullOrEmpty(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase;

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalSeconds:0.###} s")
            : string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalMilliseconds:0} ms");
}
