using PartnerCenter.Customers.Errors;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// Reads each response body inside the attempt, as a stream and never past its bound: a success body whole, up to
/// <see cref="PartnerCenterClientOptions.MaxResponseBodyBytes"/>, an error body only up to
/// <see cref="PartnerCenterClientOptions.MaxErrorBodyBytes"/>. A success body, once in memory, must then be the
/// resource its operation promises (<see cref="MissingResource"/>).
/// </summary>
/// <remarks>
/// Reading inside the attempt means a connection that breaks in the middle of a body fails the attempt (and is
/// retried) instead of failing later in the deserializer, and the attempt timeout covers the download. A success
/// body over its bound, declared by <c>Content-Length</c> or found while reading, is an
/// <see cref="PartnerCenterFailureKind.InvalidResponse"/>: it is not what the API describes, and asking again would
/// only download it again, so it is not retried. An error body is cut at its bound: the status says what happened,
/// the first bytes say enough about why.
/// </remarks>
internal sealed class ResponseBodyHandler(int maxResponseBodyBytes, int maxErrorBodyBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (request.Method == HttpMethod.Head)
        {
            // The answer to HEAD has no body, whatever its Content-Length says.
            return response;
        }

        try
        {
            if (response.IsSuccessStatusCode)
            {
                await BufferSuccessBodyAsync(request, response, cancellationToken).ConfigureAwait(false);
                if (MissingResource.Check(request, response, cancellationToken) is { } missing)
                {
                    throw missing;
                }
            }
            else
            {
                await KeepErrorBodyPrefixAsync(response, cancellationToken).ConfigureAwait(false);
            }

            return response;
        }
        catch
        {
            // Closes the connection (or drains a little of it): the rest of an oversized body is never read.
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the body into a buffer from the shared pool, never past the bound, and puts it in the response as a
    /// <see cref="PooledBodyContent"/> (with the original's headers): the buffer goes back to the pool with the response.
    /// </summary>
    private async Task BufferSuccessBodyAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        var declared = original.Headers.ContentLength;
        if (declared > maxResponseBodyBytes)
        {
            throw InvalidResponses.BodyTooLarge(request, response, maxResponseBodyBytes, declared);
        }

        // One byte more than the bound, or than the declared length, tells a body that goes on past it.
        var limit = maxResponseBodyBytes + 1;
        byte[]? buffer = PooledArrays.Rent((int)Math.Min((declared ?? 4096) + 1, limit));
        try
        {
            var length = 0;
            var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length > maxResponseBodyBytes)
                    {
                        // No Content-Length (chunked), or more than it said.
                        throw InvalidResponses.BodyTooLarge(request, response, maxResponseBodyBytes, declaredBytes: null);
                    }

                    if (length == buffer.Length)
                    {
                        PooledArrays.Grow(ref buffer, length, length + 1, limit);
                    }
                }
            }

            response.Content = WithHeadersOf(original, new PooledBodyContent(buffer, length));
            buffer = null;
            original.Dispose();
        }
        catch (IOException exception)
        {
            // A connection that breaks in the middle of a body is a transport failure like any other (retried).
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The connection broke while the response body was read.", exception);
        }
        finally
        {
            if (buffer is not null)
            {
                PooledArrays.Return(buffer);
            }
        }
    }

    private async Task KeepErrorBodyPrefixAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        BodyPrefix prefix;
        try
        {
            prefix = await BodyPrefix.ReadAsync(original, maxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            // A connection that breaks in the middle of an error body is a transport failure like any other.
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The connection broke while the error body was read.", exception);
        }

        response.Content = WithHeadersOf(original, new ErrorBodyPrefixContent(prefix));
        original.Dispose();
    }

    private static HttpContent WithHeadersOf(HttpContent original, HttpContent replacement)
    {
        // As they came (not parsed into header objects only to be written back as text).
        foreach (var header in original.Headers.NonValidated)
        {
            // The length is the replacement's own; the rest (Content-Type and its charset above all) still applies.
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in header.Value)
                {
                    replacement.Headers.TryAddWithoutValidation(header.Key, value);
                }
            }
        }

        return replacement;
    }
}
