using System.Buffers;
using System.IO.Pipelines;
using System.Net.Http;
using System.Runtime.CompilerServices;

namespace Specweave.Runtime.Streaming;

/// <summary>
/// What every reader does with the connection: opens the body, owns the response, reads with the caller's token,
/// and tells a cancelled read from a dropped connection from a clean end.
/// </summary>
internal static class StreamTransport
{
    /// <summary>
    /// Enumerates <paramref name="read"/> over the response's body, then disposes the response. Cancellation also
    /// disposes it, which closes the connection at once on every framework (some stream implementations of older
    /// frameworks ignore a token given to a pending read).
    /// </summary>
    public static async IAsyncEnumerable<TItem> ReadResponse<TItem, TState>(
        HttpResponseMessage response,
        TState state,
        Func<Stream, TState, CancellationToken, IAsyncEnumerable<TItem>> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (response)
        {
            cancellationToken.ThrowIfCancellationRequested();
#if NETSTANDARD2_0
            var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#else
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#endif
            using var closeOnCancel = cancellationToken.Register(static r => ((HttpResponseMessage)r!).Dispose(), response);
            await foreach (var item in read(stream, state, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>One read of the body, with the transport's errors given their meaning for a stream of items.</summary>
    public static async ValueTask<ReadResult> ReadAsync(PipeReader reader, string mediaType, long itemsRead, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is IOException or ObjectDisposedException)
        {
            // The response was disposed to stop the read: the caller cancelled, nothing broke.
            throw new OperationCanceledException("The streamed response was cancelled.", e, cancellationToken);
        }
        catch (IOException e)
        {
            throw new StreamInterruptedException(mediaType, itemsRead, e);
        }
    }

    /// <summary>The same for an enumerator that reads the body itself (the SSE parser).</summary>
    public static async ValueTask<bool> MoveNextAsync<TItem>(IAsyncEnumerator<TItem> items, string mediaType, long itemsRead, CancellationToken cancellationToken)
    {
        try
        {
            return await items.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is IOException or ObjectDisposedException)
        {
            throw new OperationCanceledException("The streamed response was cancelled.", e, cancellationToken);
        }
        catch (IOException e)
        {
            throw new StreamInterruptedException(mediaType, itemsRead, e);
        }
    }

    /// <summary>A reader over the body that leaves the stream to its owner: the response, or the caller of a Stream overload.</summary>
    public static PipeReader CreateReader(Stream stream) => PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));

    /// <summary>The media type the response says it has, else the one the reader was chosen for.</summary>
    public static string MediaTypeOf(HttpResponseMessage response, string fallback)
        => response.Content?.Headers.ContentType?.MediaType ?? fallback;

    /// <summary>True when the bytes are only JSON whitespace (space, tab, CR, LF).</summary>
    public static bool IsBlank(in ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
