namespace PartnerCenter.Customers.Http;

/// <summary>What a JSON body holds, as far as a deserializer returning a resource is concerned.</summary>
internal enum JsonBodyKind
{
    /// <summary>Nothing but whitespace (or nothing at all): no value.</summary>
    Empty,

    /// <summary>The JSON literal <c>null</c>, which a deserializer turns into a null result.</summary>
    Null,

    /// <summary>Anything else; whether it is the right value is the deserializer's to judge.</summary>
    Value,
}

/// <summary>
/// Tells an empty or <c>null</c> body from one with a value, in one pass that stops at the first byte that decides.
/// </summary>
/// <remarks>
/// A write-only stream the content is copied into, because copying reads a buffered body from its buffer, any
/// number of times (synchronously: it is in memory), while <see cref="HttpContent.ReadAsStreamAsync()"/> hands out
/// one cached stream that the deserializer reads next and must find at its start.
/// </remarks>
internal sealed class JsonBodyProbe : Stream
{
    private static ReadOnlySpan<byte> NullLiteral => "null"u8;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private int _nullBytesSeen;
    private bool _decidedValue;
    private bool _started;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    private JsonBodyKind Result =>
        _decidedValue ? JsonBodyKind.Value
        : _nullBytesSeen == NullLiteral.Length ? JsonBodyKind.Null
        : _nullBytesSeen == 0 ? JsonBodyKind.Empty
        : JsonBodyKind.Value;

    /// <summary>Classifies a body that is in memory already (buffered, or bytes): read synchronously, without I/O.</summary>
    public static JsonBodyKind Classify(HttpContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var probe = new JsonBodyProbe();
        content.CopyTo(probe, context: null, cancellationToken);
        return probe.Result;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_started)
        {
            _started = true;
            if (buffer.StartsWith(ByteOrderMark))
            {
                buffer = buffer[ByteOrderMark.Length..];
            }
        }

        foreach (var value in buffer)
        {
            if (_decidedValue)
            {
                return;
            }

            if (IsJsonWhitespace(value))
            {
                // Whitespace inside "null" ("nu ll") makes it something other than null.
                _decidedValue = _nullBytesSeen is > 0 and < 4;
            }
            else if (_nullBytesSeen < NullLiteral.Length && value == NullLiteral[_nullBytesSeen])
            {
                _nullBytesSeen++;
            }
            else
            {
                _decidedValue = true;
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static bool IsJsonWhitespace(byte value) => value is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
