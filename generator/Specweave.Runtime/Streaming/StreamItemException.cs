namespace Specweave.Runtime.Streaming;

/// <summary>
/// An item of a streamed response is not what its schema says: it is not JSON, or it does not fit the item type.
/// The items before it were yielded; the stream stops here. The message and the properties say where the item
/// is in the stream and where the fault is inside the item; <see cref="System.Exception.InnerException"/> is the
/// <see cref="System.Text.Json.JsonException"/> that System.Text.Json reported.
/// </summary>
public sealed class StreamItemException : System.Exception
{
    /// <summary>Creates the exception for the item at <paramref name="itemIndex"/>.</summary>
    /// <param name="mediaType">The media type of the stream ("application/jsonl", "text/event-stream", ...).</param>
    /// <param name="itemIndex">The zero-based index of the item among the stream's items.</param>
    /// <param name="lineNumber">The one-based line of the item in the stream, for line-based formats; otherwise null.</param>
    /// <param name="eventId">For server-sent events, the last event id the stream set (the item's own id when it has one).</param>
    /// <param name="eventType">For server-sent events, the event's type ("message" when it names none).</param>
    /// <param name="innerException">The JSON error inside the item.</param>
    public StreamItemException(string mediaType, long itemIndex, long? lineNumber, string? eventId, string? eventType, System.Text.Json.JsonException innerException)
        : base(Describe(mediaType, itemIndex, lineNumber, eventId, eventType, innerException), innerException)
    {
        MediaType = mediaType;
        ItemIndex = itemIndex;
        LineNumber = lineNumber;
        EventId = eventId;
        EventType = eventType;
        JsonPath = innerException?.Path;
    }

    /// <summary>The media type of the stream.</summary>
    public string MediaType { get; }

    /// <summary>The zero-based index of the item among the stream's items (blank lines and comments are not items).</summary>
    public long ItemIndex { get; }

    /// <summary>The one-based line of the item in the stream, for JSON Lines; null for other formats.</summary>
    public long? LineNumber { get; }

    /// <summary>For server-sent events, the last event id the stream set before the item was dispatched; otherwise null.</summary>
    public string? EventId { get; }

    /// <summary>For server-sent events, the event's type; otherwise null.</summary>
    public string? EventType { get; }

    /// <summary>Where inside the item the fault is, as a JSON path ("$.choices[0].delta"); null when the item is not JSON at all.</summary>
    public string? JsonPath { get; }

    private static string Describe(string mediaType, long itemIndex, long? lineNumber, string? eventId, string? eventType, System.Text.Json.JsonException? inner)
    {
        var where = new System.Text.StringBuilder();
        where.Append("Item ").Append(itemIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (lineNumber is { } line)
        {
            where.Append(" (line ").Append(line.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(')');
        }

        if (eventType is not null)
        {
            where.Append(" (event '").Append(eventType).Append('\'');
            if (eventId is not null)
            {
                where.Append(", id '").Append(eventId).Append('\'');
            }

            where.Append(')');
        }

        where.Append(" of the ").Append(mediaType).Append(" response could not be read");
        if (inner?.Path is { } path)
        {
            where.Append(" at ").Append(path);
        }

        where.Append(": ").Append(inner?.Message ?? "not valid JSON");
        return where.ToString();
    }
}
