namespace Specweave.Runtime.Streaming;

/// <summary>
/// The connection of a streamed response closed before the response ended: the server or a proxy dropped it,
/// or the body was cut short of its declared length or final chunk. The items before the break were yielded;
/// the ones after it were never received. <see cref="System.Exception.InnerException"/> is the transport's error.
/// </summary>
/// <remarks>
/// A response whose framing says it ended (a final chunk, or all of its Content-Length) ends the enumeration
/// normally. A server that answers without either and then closes the connection cannot be told apart from a
/// drop: that stream simply ends.
/// </remarks>
public sealed class StreamInterruptedException : System.IO.IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="mediaType">The media type of the stream.</param>
    /// <param name="itemsRead">How many items were read before the break.</param>
    /// <param name="innerException">The transport's error.</param>
    public StreamInterruptedException(string mediaType, long itemsRead, System.Exception innerException)
        : base(
            "The " + mediaType + " response was cut off after "
                + itemsRead.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " item(s): " + innerException?.Message,
            innerException)
    {
        MediaType = mediaType;
        ItemsRead = itemsRead;
    }

    /// <summary>The media type of the stream.</summary>
    public string MediaType { get; }

    /// <summary>How many items were read (and yielded) before the connection closed.</summary>
    public long ItemsRead { get; }
}
