#if NET
using System.ComponentModel;
using System.Net;
using System.Text.Json;
using Refit;

namespace Specweave.Runtime;

/// <summary>
/// Reads the JSON body of a response that a generated Refit method handed over unread, without the copy Refit makes
/// of every body it deserialises itself (Refit 16 loads each one into memory first, and no setting turns that off).
/// A generated method that returns a JSON value calls its hidden Refit method (which returns
/// <c>ApiResponse&lt;HttpResponseMessage&gt;</c>: Refit has run the client's <see cref="RefitSettings.ExceptionFactory"/>
/// and left the body alone) and then one of these.
/// </summary>
/// <remarks>
/// A failed call throws what <see cref="ResponseGate"/> throws, as a streamed method does. Everything else is as Refit
/// does it for a <c>Task&lt;T&gt;</c> method, with the client's own settings (<see cref="ApiResponse{T}.Settings"/>):
/// the value is read by <see cref="RefitSettings.ContentSerializer"/>, and a body
/// that cannot be read fails through <see cref="RefitSettings.DeserializationExceptionFactory"/>, or else as Refit's
/// <see cref="ApiException"/> "An error occured deserializing the response.". One difference, on purpose: where the
/// method promises a value, an empty body or JSON <c>null</c> fails that same way (a <see cref="JsonException"/> at
/// <c>$</c>) instead of returning null.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonResponse
{
    private const string DeserializationErrorMessage = "An error occured deserializing the response.";

    /// <summary>The value of a response that must have one: an empty body or JSON null is a deserialisation failure.</summary>
    /// <typeparam name="T">The type the method returns.</typeparam>
    /// <param name="response">The call of the hidden Refit method; the response is disposed once read.</param>
    /// <param name="cancellationToken">Cancels the read of the body.</param>
    /// <returns>The value read from the body.</returns>
    public static Task<T> ReadAsync<T>(Task<ApiResponse<HttpResponseMessage>> response, CancellationToken cancellationToken)
        => ReadAsync<T>(response, valueRequired: true, cancellationToken)!;

    /// <summary>
    /// The value of a response that may have none, as Refit reads it: a 204 or an empty body is <c>default</c>.
    /// </summary>
    /// <typeparam name="T">The type the method returns (nullable).</typeparam>
    /// <param name="response">The call of the hidden Refit method; the response is disposed once read.</param>
    /// <param name="cancellationToken">Cancels the read of the body.</param>
    /// <returns>The value read from the body, or <c>default</c> when there is none.</returns>
    public static Task<T?> ReadOrDefaultAsync<T>(Task<ApiResponse<HttpResponseMessage>> response, CancellationToken cancellationToken)
        => ReadAsync<T>(response, valueRequired: false, cancellationToken);

    private static async Task<T?> ReadAsync<T>(Task<ApiResponse<HttpResponseMessage>> sending, bool valueRequired, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sending);
        using var answer = await sending.ConfigureAwait(false);
        var response = ResponseGate.Passed(answer) ?? throw await ResponseGate.FailureAsync(answer).ConfigureAwait(false);

        // Disposing the ApiResponse disposes the response and its body, and asks the body's length then: read it now
        // (as Refit does for its own responses), while a body that a failure below disposes can still answer.
        var length = response.Content.Headers.ContentLength;
        var noContent = response.StatusCode == HttpStatusCode.NoContent;
        if (!valueRequired && (noContent || length == 0))
        {
            return default;
        }

        try
        {
            // Only a promised value gets here with a 204, which is not read at all. An empty body fails in the
            // serializer (System.Text.Json: no JSON tokens, at $).
            if (noContent)
            {
                throw Absent("no content (204)");
            }

            var value = await answer.Settings.ContentSerializer.FromHttpContentAsync<T>(response.Content, cancellationToken).ConfigureAwait(false);
            if (valueRequired && value is null)
            {
                throw Absent("a body of JSON null");
            }

            return value;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // As Refit's own read: the client's factory decides, and a factory that answers null means "no error".
            if (answer.Settings.DeserializationExceptionFactory is { } factory)
            {
                return await factory(response, exception).ConfigureAwait(false) is { } replaced ? throw replaced : default;
            }

            var request = response.RequestMessage ?? answer.RequestMessage;
            throw await ApiException.Create(DeserializationErrorMessage, request, request.Method, response, answer.Settings, exception).ConfigureAwait(false);
        }
    }

    private static JsonException Absent(string what)
        => new($"The response has {what}, where the API description promises a value.", "$", null, null);
}
#endif
