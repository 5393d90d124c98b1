using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Specweave.Runtime.Streaming;

/// <summary>
/// Reads a server-sent events body (<c>text/event-stream</c>) with <see cref="SseParser"/>: each event is yielded
/// as soon as the blank line that ends it arrives, as an <see cref="SseItem{T}"/> with the event's data, type
/// (<see cref="SseItem{T}.EventType"/>, "message" when it names none), id (<see cref="SseItem{T}.EventId"/>) and
/// reconnection interval (<see cref="SseItem{T}.ReconnectionInterval"/>, from a <c>retry</c> field).
/// </summary>
/// <remarks>
/// Framing follows the HTML standard as <see cref="SseParser"/> implements it: comments and events without data
/// are not dispatched, and when the body ends the event still pending (no blank line after it) is dropped, as
/// the standard says. An event stream has no end marker, so a body that ends where its framing says it ends
/// (final chunk, or all of its Content-Length) ends the enumeration normally; one cut short by the transport
/// throws <see cref="StreamInterruptedException"/>. Reconnecting with <c>Last-Event-ID</c> is left to the caller,
/// who has the last <see cref="SseItem{T}.EventId"/> and <see cref="SseItem{T}.ReconnectionInterval"/>.
/// </remarks>
public static class EventStream
{
    /// <summary>The media type of server-sent events (<c>text/event-stream</c>).</summary>
    public const string MediaType = "text/event-stream";

    /// <summary>
    /// The events of a response's body, each event's data read as JSON, as they arrive. The enumeration owns the
    /// response: it is disposed when the enumeration ends, fails, is cancelled or is disposed. Send the request with
    /// <see cref="HttpCompletionOption.ResponseHeadersRead"/>, or the client buffers the whole body first.
    /// Check the status code before calling; this reads the body as it is. Enumerate once.
    /// </summary>
    /// <typeparam name="T">The type of each event's data.</typeparam>
    /// <param name="response">The response whose body is the stream.</param>
    /// <param name="typeInfo">The data type's metadata, from a source-generated <c>JsonSerializerContext</c>.</param>
    /// <param name="cancellationToken">Stops the read, even one waiting for the next event; the response is disposed.</param>
    /// <returns>The events in the order they were sent.</returns>
    /// <exception cref="StreamItemException">An event's data is not valid JSON or does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="StreamInterruptedException">The connection closed before the response ended.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<SseItem<T>> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
        => ReadAsync(response, JsonData(typeInfo), cancellationToken);

    /// <summary>
    /// The events of a response's body, each event's data read by <paramref name="itemParser"/>, as they arrive: for
    /// streams whose events carry data of different shapes by event type, or data that is not JSON. A
    /// <see cref="JsonException"/> from the parser becomes a <see cref="StreamItemException"/> that says which
    /// event it was. The enumeration owns the response, as with the other overload.
    /// </summary>
    /// <typeparam name="T">The type of each event's data.</typeparam>
    /// <param name="response">The response whose body is the stream.</param>
    /// <param name="itemParser">Turns an event's type and UTF-8 data into a value.</param>
    /// <param name="cancellationToken">Stops the read, even one waiting for the next event; the response is disposed.</param>
    /// <returns>The events in the order they were sent.</returns>
    /// <exception cref="StreamItemException">The parser threw a <see cref="JsonException"/>.</exception>
    /// <exception cref="StreamInterruptedException">The connection closed before the response ended.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<SseItem<T>> ReadAsync<T>(HttpResponseMessage response, SseItemParser<T> itemParser, CancellationToken cancellationToken = default)
    {
        _ = response ?? throw new ArgumentNullException(nameof(response));
        _ = itemParser ?? throw new ArgumentNullException(nameof(itemParser));

        return StreamTransport.ReadResponse(
            response,
            (Parser: itemParser, MediaType: StreamTransport.MediaTypeOf(response, MediaType)),
            static (stream, state, token) => ReadCore(stream, state.Parser, state.MediaType, token),
            cancellationToken);
    }

    /// <summary>The events of a stream, each event's data read as JSON, as they arrive. The stream stays open: its owner disposes it.</summary>
    /// <typeparam name="T">The type of each event's data.</typeparam>
    /// <param name="stream">The stream to read.</param>
    /// <param name="typeInfo">The data type's metadata, from a source-generated <c>JsonSerializerContext</c>.</param>
    /// <param name="cancellationToken">Stops the read, even one waiting for the next event.</param>
    /// <returns>The events in the order they were sent.</returns>
    /// <exception cref="StreamItemException">An event's data is not valid JSON or does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="StreamInterruptedException">Reading the stream failed with an <see cref="IOException"/>.</exception>
    public static IAsyncEnumerable<SseItem<T>> ReadAsync<T>(Stream stream, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
        => ReadAsync(stream, JsonData(typeInfo), cancellationToken);

    /// <summary>The events of a stream, each event's data read by <paramref name="itemParser"/>, as they arrive. The stream stays open.</summary>
    /// <typeparam name="T">The type of each event's data.</typeparam>
    /// <param name="stream">The stream to read.</param>
    /// <param name="itemParser">Turns an event's type and UTF-8 data into a value.</param>
    /// <param name="cancellationToken">Stops the read, even one waiting for the next event.</param>
    /// <returns>The events in the order they were sent.</returns>
    /// <exception cref="StreamItemException">The parser threw a <see cref="JsonException"/>.</exception>
    /// <exception cref="StreamInterruptedException">Reading the stream failed with an <see cref="IOException"/>.</exception>
    public static IAsyncEnumerable<SseItem<T>> ReadAsync<T>(Stream stream, SseItemParser<T> itemParser, CancellationToken cancellationToken = default)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        _ = itemParser ?? throw new ArgumentNullException(nameof(itemParser));

        return ReadCore(stream, itemParser, MediaType, cancellationToken);
    }

    private static SseItemParser<T> JsonData<T>(JsonTypeInfo<T> typeInfo)
    {
        _ = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));

        return (_, data) => JsonSerializer.Deserialize(data, typeInfo)!;
    }

    private static async IAsyncEnumerable<SseItem<T>> ReadCore<T>(Stream stream, SseItemParser<T> itemParser, string mediaType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var positioned = new PositionedParser<T>(itemParser, mediaType);
        var parser = SseParser.Create(stream, positioned.Parse);
        positioned.Source = parser;
        var events = parser.EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await StreamTransport.MoveNextAsync(events, mediaType, positioned.ItemIndex, cancellationToken).ConfigureAwait(false))
            {
                yield return events.Current;
            }
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Counts the events the parser dispatches, so a bad one is reported with its index and id.</summary>
    private sealed class PositionedParser<T>
    {
        private readonly SseItemParser<T> _parse;
        private readonly string _mediaType;

        public PositionedParser(SseItemParser<T> parse, string mediaType)
        {
            _parse = parse;
            _mediaType = mediaType;
        }

        public SseParser<T>? Source { get; set; }

        public long ItemIndex { get; private set; }

        public T Parse(string eventType, ReadOnlySpan<byte> data)
        {
            T item;
            try
            {
                item = _parse(eventType, data);
            }
            catch (JsonException e)
            {
                // The parser has read the event's fields before dispatching it, so LastEventId is this event's id
                // (or, as the standard says, the one an earlier event set).
                var eventId = Source?.LastEventId;
                throw new StreamItemException(_mediaType, ItemIndex, lineNumber: null, string.IsNullOrEmpty(eventId) ? null : eventId, eventType, e);
            }

            ItemIndex++;
            return item;
        }
    }
}
