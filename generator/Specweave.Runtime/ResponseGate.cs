#if NET
using System.ComponentModel;
using System.Net;
using System.Net.Http.Headers;
using Refit;

namespace Specweave.Runtime;

/// <summary>
/// The success gate of every generated method whose hidden Refit method returns
/// <c>ApiResponse&lt;HttpResponseMessage&gt;</c>: a JSON result (read by <see cref="JsonResponse"/>) and a streamed
/// response (read by <c>Streaming.EventStream</c>, <c>JsonLines</c> or <c>JsonSequence</c>). A failed call throws what
/// the client's <see cref="RefitSettings.ExceptionFactory"/> made of the response, as Refit's own methods do, so both
/// kinds of method fail the same way; a call that succeeded hands over the response with its body unread.
/// </summary>
/// <remarks>
/// Refit has run the factory before handing the response over, and keeps its exception in
/// <see cref="ApiResponse{T}.Error"/>, but only when it is an <see cref="ApiException"/>: it drops any other (and the
/// response with it). A factory wrapped by <see cref="ExceptionFactories.Remembered"/> has kept that exception on the
/// request, and it is thrown; otherwise the factory is asked again, about a copy of the response made of what the
/// <see cref="ApiResponse{T}"/> keeps (status, reason, headers, and for a status outside 2xx the body as Refit read it).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResponseGate
{
    /// <summary>
    /// The response of a call that succeeded, with its body unread (a streamed body still arriving); otherwise the
    /// exception of the client's <see cref="RefitSettings.ExceptionFactory"/> (Refit's <see cref="ApiException"/> for a
    /// status outside 2xx, or the factory's own type).
    /// </summary>
    /// <param name="response">The call of the hidden Refit method.</param>
    /// <returns>The response, undisposed: the caller owns it (a streaming reader disposes it when it ends).</returns>
    public static async Task<HttpResponseMessage> SucceededAsync(Task<ApiResponse<HttpResponseMessage>> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var answer = await response.ConfigureAwait(false);
        return Passed(answer) ?? throw await FailureAsync(answer).ConfigureAwait(false);
    }

    /// <summary>
    /// The response of an answer that succeeded, else null: then <see cref="FailureAsync"/> says why. Split in two, not
    /// one async method, so that a reader that awaits the answer itself (<see cref="JsonResponse"/>) adds no async
    /// layer of its own on the path every successful call takes.
    /// </summary>
    internal static HttpResponseMessage? Passed(ApiResponse<HttpResponseMessage> answer)
        => answer.Error is null ? answer.Content : null;

    /// <summary>The exception of an answer that did not pass; the answer (and its response) is disposed.</summary>
    internal static async Task<Exception> FailureAsync(ApiResponse<HttpResponseMessage> answer)
    {
        using (answer)
        {
            return answer.Error
                ?? ExceptionFactories.Take(answer.RequestMessage)
                ?? await DroppedFactoryExceptionAsync(answer).ConfigureAwait(false);
        }
    }

    private static async Task<Exception> DroppedFactoryExceptionAsync(ApiResponse<HttpResponseMessage> answer)
    {
        using var copy = new HttpResponseMessage(answer.StatusCode ?? HttpStatusCode.InternalServerError)
        {
            ReasonPhrase = answer.ReasonPhrase,
            RequestMessage = answer.RequestMessage,
            Version = answer.Version ?? HttpVersion.Version11,
        };
        CopyHeaders(Read(answer.Headers), copy.Headers);
        var contentHeaders = Read(answer.ContentHeaders);

        string? body = null;
        if (!answer.IsSuccessStatusCode)
        {
            try
            {
                await answer.EnsureSuccessStatusCodeAsync().ConfigureAwait(false);
            }
            catch (ApiException failure)
            {
                body = failure.Content;
            }
        }

        copy.Content = new StringContent(body ?? string.Empty);
        copy.Content.Headers.Clear();
        CopyHeaders(contentHeaders, copy.Content.Headers);
        return await answer.Settings.ExceptionFactory(copy).ConfigureAwait(false)
            ?? await ApiException.Create(answer.RequestMessage, answer.RequestMessage.Method, copy, answer.Settings).ConfigureAwait(false);
    }

    /// <summary>The headers as they came, read before Refit's exception disposes the response.</summary>
    private static List<(string Name, string[] Values)> Read(HttpHeaders? headers)
        => headers is null ? [] : headers.NonValidated.Select(header => (header.Key, header.Value.ToArray())).ToList();

    private static void CopyHeaders(List<(string Name, string[] Values)> from, HttpHeaders to)
    {
        foreach (var (name, values) in from)
        {
            // The copy's body is the text Refit read, not the bytes that came: their length does not describe it.
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                to.TryAddWithoutValidation(name, values);
            }
        }
    }
}
#endif
