using System.Buffers;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;

namespace Specweave.Runtime.Streaming;

/// <summary>
/// Reads a JSON Lines body (<c>application/jsonl</c>, <c>application/x-ndjson</c>): one JSON value per line,
/// yielded as soon as its line has arrived, so the whole body is never held in memory.
/// </summary>
/// <remarks>
/// Lines end with LF (a CR before it is whitespace); lines of only whitespace are skipped. A last line without a
/// line end is an item when it is valid JSON, and a <see cref="StreamItemException"/> when it is not.
/// A line is buffered until its end arrives, so one line is as large as the server makes it.
/// </remarks>
public static class JsonLines
{
    /// <summary>The media type of JSON Lines (<c>application/jsonl</c>).</summary>
    public const string MediaType = "application/jsonl";

    /// <summary>The older name of the same format (<c>application/x-ndjson</c>).</summary>
    public const string NdjsonMediaType = "application/x-ndjson";

    /// <summary>
    /// The items of a response's body, read as they arrive. The enumeration owns the response: it is disposed when
    /// the enumeration ends, fails, is cancelled or is disposed. Send the request with
    /// <see cref="HttpCompletionOption.ResponseHeadersRead"/>, or the client buffers the whole body first.
    /// Check the status code before calling; this reads the body as it is. Enumerate once.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="response">The response whose body is the stream.</param>
    /// <param name="typeInfo">The item type's metadata, from a source-generated <c>JsonSerializerContext</c>.</param>
    /// <param name="cancellationToken">Stops the read, even one waiting for the next line; the response is disposed.</param>
    /// <returns>The items in the order of their lines.</returns>
    /// <exception cref="StreamItemException">A line is not valid JSON or does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="StreamInterruptedException">The connection closed before the response ended.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        _ = response ?? throw new ArgumentNullException(nameof(response));
        _ = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));

        return StreamTransport.ReadResponse(
            response,
            (TypeInfo: typeInfo, MediaType: StreamTransport.MediaTypeOf(response, MediaType)),
            static (stream, state, token) => ReadCore(stream, state.TypeInfo, state.MediaType, token),
            cancellationToken);
    }

    /// <summary>The items of a JSON Lines stream, read as they arrive. The stream stays open: its owner disposes it.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="stream">The stream to read.</param>
    /// <param name="typeInfo">The item type's metadata, from a source-generated <c>JsonSerializerContext</c>.</param>
    /// <param name="cancellationToken">Stops the read, even one waiting for the next line.</param>
    /// <returns>The items in the order of their lines.</returns>
    /// <exception cref="StreamItemException">A line is not valid JSON or does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="StreamInterruptedException">Reading the stream failed with an <see cref="IOException"/>.</exception>
    public static IAsyncEnumerable<T> ReadAsync<T>(Stream stream, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        _ = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));

        return ReadCore(stream, typeInfo, MediaType, cancellationToken);
    }

    // JsonSerializer.DeserializeAsyncEnumerable(topLevelValues: true) reads whitespace-separated values, but it
    // cannot say on which line a bad value is and accepts values that span lines: lines are split here instead.
    private static async IAsyncEnumerable<T> ReadCore<T>(Stream stream, JsonTypeInfo<T> typeInfo, string mediaType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = StreamTransport.CreateReader(stream);
        long lineNumber = 0;
        long itemIndex = 0;
        try
        {
            while (true)
            {
                var result = await StreamTransport.ReadAsync(reader, mediaType, itemIndex, cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } lineEnd)
                {
                    var line = buffer.Slice(0, lineEnd);
                    buffer = buffer.Slice(buffer.GetPosition(1, lineEnd));
                    lineNumber++;
                    if (!StreamTransport.IsBlank(line))
                    {
                        // The line stays valid until AdvanceTo below, so the item is read in place.
                        yield return Read(line, typeInfo, mediaType, itemIndex++, lineNumber);
                    }
                }

                if (result.IsCompleted)
                {
                    if (!StreamTransport.IsBlank(buffer))
                    {
                        yield return Read(buffer, typeInfo, mediaType, itemIndex, lineNumber + 1);
                    }

                    yield break;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private static T Read<T>(in ReadOnlySequence<byte> line, JsonTypeInfo<T> typeInfo, string mediaType, long itemIndex, long lineNumber)
    {
        var item = ItemJson.Read(line, typeInfo, out var error);
        return error is null ? item : throw new StreamItemException(mediaType, itemIndex, lineNumber, eventId: null, eventType: null, error);
    }
}
