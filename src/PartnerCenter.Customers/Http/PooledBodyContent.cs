using System.Buffers;
using System.Net;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// A success body that <see cref="ResponseBodyHandler"/> read inside the attempt, held in a buffer rented from the
/// shared pool and given back when the content is disposed (with its response). Keeping every body in memory would
/// otherwise cost a buffer of its size on every call (<c>LoadIntoBufferAsync</c>: 1,976 bytes for the documented
/// customer).
/// </summary>
/// <remarks>
/// A pooled buffer must never be read once it is back in the pool, where another response may already have written
/// into it. The body is read only by copying it out (<see cref="HttpContent.CopyToAsync(Stream)"/> and everything
/// built on it; a stream asked for by <see cref="HttpContent.ReadAsStreamAsync()"/> is a copy the base class makes) or
/// in place by <see cref="Read{TState, TResult}"/>, and each such read counts as a user of the buffer: disposing the
/// content gives the buffer back only when no read is still going on, and a read that starts after it is refused as
/// disposed. The buffer is cleared when it goes back, as the body is a customer's data.
/// </remarks>
internal sealed class PooledBodyContent : HttpContent
{
    private readonly int _length;
    private byte[]? _buffer;

    /// <summary>The copies going on, plus one for the content itself until it is disposed; 0 once the buffer is back.</summary>
    private int _users = 1;

    private int _disposed;

    /// <summary>Takes <paramref name="rented"/>, rented from <see cref="ArrayPool{T}.Shared"/>, whose first <paramref name="length"/> bytes are the body.</summary>
    public PooledBodyContent(byte[] rented, int length)
    {
        _buffer = rented;
        _length = length;
    }

    /// <summary>
    /// Reads the body in place, without copying it out: <paramref name="read"/> must be done with the bytes when it
    /// returns (the deserializer is: it copies what it keeps).
    /// </summary>
    public TResult Read<TState, TResult>(TState state, BodyReader<TState, TResult> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var body = Enter();
        try
        {
            return read(body.AsSpan(0, _length), state);
        }
        finally
        {
            Exit();
        }
    }

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var body = Enter();
        try
        {
            stream.Write(body, 0, _length);
        }
        finally
        {
            Exit();
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var body = Enter();
        try
        {
            await stream.WriteAsync(body.AsMemory(0, _length), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Exit();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Exit();
        }

        base.Dispose(disposing);
    }

    /// <summary>The buffer, for one copy out of it; <see cref="Exit"/> must follow.</summary>
    private byte[] Enter()
    {
        var users = Volatile.Read(ref _users);
        while (users > 0)
        {
            var seen = Interlocked.CompareExchange(ref _users, users + 1, users);
            if (seen == users)
            {
                return _buffer!;
            }

            users = seen;
        }

        throw new ObjectDisposedException(GetType().FullName);
    }

    private void Exit()
    {
        if (Interlocked.Decrement(ref _users) == 0 && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            PooledArrays.Return(buffer, _length);
        }
    }
}
