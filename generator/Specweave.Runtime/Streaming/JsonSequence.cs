using System.Buffers;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Specweave.Runtime.Streaming;

/// <summary>
/// Reads a JSON text sequence body (<c>application/json-seq</c>, RFC 7464): records that each start with the
/// record separator (0x1E) and hold one JSON value, yielded as soon as the next separator or the end arrives.
/// </summary>
/// <remarks>
/// Empty records are skipped. A record is yielded when the next separator arrives, or sooner, when it ends
/// with LF and holds a whole JSON value (what servers write): text after that value is then reported as malformed. As RFC 7464 section 2.4 asks, a record that is a bare number, <c>true</c>,
/// <c>false</c> or <c>null</c> and does not end with LF may have been cut short, and is reported as malformed
/// rather than read as a different value.
/// </remarks>
public static class JsonSequence
{
    /// <summary>The media type of JSON text sequences (<c>application/json-seq</c>).</summary>
    public const string MediaType = "application/json-seq";

    private const byte RecordSeparator = 0x1E;

    /// <summary>
    /// The items of a response's body, read as they arrive. The enumeration owns the response: it is disposed when
    /// the enumeration ends, fails, is cancelled or is disposed. Send the request with
    /// <see cref="HttpCompletionOption.ResponseHeadersRead"/>, or the client buffers the whole body first.
    /// Check the status code before calling; this reads the body as it is. Enumerate once.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="response">The response whose body is the stream.</param>
    /// <param name="typeInfo">The item type's metadata, from a source-generated <c>JsonSerializerContext</c>.</param>
    /// <param name="cancellationToken">Stops the read, even one waiting for the next record; the response is disposed.</param>
    /// <returns>The items in the order of their records.</returns>
    /// <exception cref="StreamItemException">A record is not valid JSON or does not fit <typeparamref name="T"/>.</exception>
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

    /// <summary>The items of a JSON text sequence, read as they arrive. The stream stays open: its owner disposes it.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="stream">The stream to read.</param>
    /// <param name="typeInfo">The item type's metadata, from a source-generated <c>JsonSerializerContext</c>.</param>
    /// <param name="cancellationToken">Stops the read, even one waiting for the next record.</param>
    /// <returns>The items in the order of their records.</returns>
    /// <exception cref="StreamItemException">A record is not valid JSON or does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="StreamInterruptedException">Reading the stream failed with an <see cref="IOException"/>.</exception>
    public static IAsyncEnumerable<T> ReadAsync<T>(Stream stream, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        _ = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));

        return ReadCore(stream, typeInfo, MediaType, cancellationToken);
    }

    private static async IAsyncEnumerable<T> ReadCore<T>(Stream stream, JsonTypeInfo<T> typeInfo, string mediaType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = StreamTransport.CreateReader(stream);
        long itemIndex = 0;
        var beforeFirstSeparator = true;

        // The current record's value was yielded when its LF arrived, before the next separator: what follows it
        // up to that separator must be blank.
        var currentYielded = false;
        try
        {
            while (true)
            {
                var result = await StreamTransport.ReadAsync(reader, mediaType, itemIndex, cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (buffer.PositionOf(RecordSeparator) is { } separator)
                {
                    var record = buffer.Slice(0, separator);
                    buffer = buffer.Slice(buffer.GetPosition(1, separator));
                    if (beforeFirstSeparator)
                    {
                        beforeFirstSeparator = false;
                        ThrowIfNotBlank(record, mediaType, 0, "The body does not start with a record separator (0x1E); it is not a JSON text sequence.");
                    }
                    else if (currentYielded)
                    {
                        currentYielded = false;
                        ThrowIfNotBlank(record, mediaType, itemIndex - 1, "The record has text after its JSON value.");
                    }
                    else if (!StreamTransport.IsBlank(record))
                    {
                        yield return Read(record, typeInfo, mediaType, itemIndex++);
                    }
                }

                if (result.IsCompleted)
                {
                    if (beforeFirstSeparator)
                    {
                        ThrowIfNotBlank(buffer, mediaType, 0, "The body does not start with a record separator (0x1E); it is not a JSON text sequence.");
                    }
                    else if (currentYielded)
                    {
                        ThrowIfNotBlank(buffer, mediaType, itemIndex - 1, "The record has text after its JSON value.");
                    }
                    else if (!StreamTransport.IsBlank(buffer))
                    {
                        yield return Read(buffer, typeInfo, mediaType, itemIndex);
                    }

                    yield break;
                }

                // Servers write "RS value LF" and the next record may be long in coming: a record that ends with LF
                // and holds a whole JSON value is yielded now rather than when the next separator arrives.
                if (!beforeFirstSeparator && !currentYielded && EndsWithLineFeed(buffer) && HoldsWholeValue(buffer))
                {
                    var item = Read(buffer, typeInfo, mediaType, itemIndex++);
                    currentYielded = true;
                    reader.AdvanceTo(buffer.End);
                    yield return item;
                    continue;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private static void ThrowIfNotBlank(in ReadOnlySequence<byte> text, string mediaType, long itemIndex, string problem)
    {
        if (!StreamTransport.IsBlank(text))
        {
            throw new StreamItemException(mediaType, itemIndex, lineNumber: null, eventId: null, eventType: null, new JsonException(problem));
        }
    }

    private static bool EndsWithLineFeed(in ReadOnlySequence<byte> text)
        => !text.IsEmpty && text.Slice(text.Length - 1).First.Span[0] == (byte)'\n';

    /// <summary>True when the text starts with a whole JSON value (or with text that can never become one).</summary>
    private static bool HoldsWholeValue(in ReadOnlySequence<byte> text)
    {
        var reader = new Utf8JsonReader(text, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            return reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip();
        }
        catch (JsonException)
        {
            // Malformed already: reading it now reports it with its index.
            return true;
        }
    }

    private static T Read<T>(in ReadOnlySequence<byte> record, JsonTypeInfo<T> typeInfo, string mediaType, long itemIndex)
    {
        if (MayBeTruncated(record))
        {
            throw new StreamItemException(mediaType, itemIndex, lineNumber: null, eventId: null, eventType: null, new JsonException("The record is a number, true, false or null without the line feed that ends a record: it may have been cut short (RFC 7464, section 2.4)."));
        }

        var item = ItemJson.Read(record, typeInfo, out var error);
        return error is null ? item : throw new StreamItemException(mediaType, itemIndex, lineNumber: null, eventId: null, eventType: null, error);
    }

    /// <summary>A bare number or literal not followed by LF: "12" may be what is left of "1234".</summary>
    private static bool MayBeTruncated(in ReadOnlySequence<byte> record)
    {
        var first = FirstNonBlank(record);
        var bare = first is (byte)'-' or (byte)'t' or (byte)'f' or (byte)'n' or (>= (byte)'0' and <= (byte)'9');
        return bare && !EndsWithLineFeed(record);
    }

    private static byte FirstNonBlank(in ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return b;
                }
            }
        }

        return 0;
    }
}
