using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// Refit's System.Text.Json serializer with a cheaper read of a response body: Refit buffers every body before it asks
/// for the value (<c>LoadIntoBufferAsync</c>, not configurable), so the value is read from the buffer in one synchronous
/// pass, where <see cref="SystemTextJsonContentSerializer"/> parses the <c>Content-Type</c> header into objects, opens a
/// stream over the buffer and deserialises it asynchronously. Everything else, and any body that is not UTF-8 JSON,
/// goes to the wrapped serializer unchanged.
/// </summary>
/// <remarks>
/// The same metadata (the generated context's options), the same result and the same <see cref="JsonException"/> for a
/// body that does not fit; a UTF-8 byte order mark is skipped as the stream reader skips it. The body is copied into a
/// pooled array (a no-op read of the buffer, which stays in the content for an error message to quote).
/// </remarks>
internal sealed class BufferedJsonContentSerializer(SystemTextJsonContentSerializer inner, JsonSerializerOptions options)
    : IHttpContentSerializer, IStreamingContentSerializer, ISynchronousContentSerializer, ISynchronousContentDeserializer, IJsonTypeInfoContentSerializer
{
    private const string ContentType = "Content-Type";

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static BufferedJsonContentSerializer ForContext(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new BufferedJsonContentSerializer(SystemTextJsonContentSerializer.ForContext(context), context.Options);
    }

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return IsUtf8Json(content)
            ? ReadAsync(content, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)), cancellationToken)
            : inner.FromHttpContentAsync<T>(content, cancellationToken);
    }

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return IsUtf8Json(content)
            ? ReadAsync(content, typeInfo, cancellationToken)
            : inner.FromHttpContentAsync(content, typeInfo, cancellationToken);
    }

    public HttpContent ToHttpContent<T>(T item) => inner.ToHttpContent(item);

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => inner.GetFieldNameForProperty(propertyInfo);

    public IAsyncEnumerable<T?> DeserializeStreamAsync<T>(Stream stream, StreamingContentFormat format, CancellationToken cancellationToken = default) =>
        inner.DeserializeStreamAsync<T>(stream, format, cancellationToken);

    public HttpContent ToHttpContentSynchronous<T>(T item) => inner.ToHttpContentSynchronous(item);

    public HttpContent ToStreamingHttpContent<T>(T item) => inner.ToStreamingHttpContent(item);

    public T? DeserializeFromString<T>(string content) => inner.DeserializeFromString<T>(content);

    public HttpContent ToHttpContent<T>(T item, JsonTypeInfo<T> typeInfo) => inner.ToHttpContent(item, typeInfo);

    public HttpContent ToHttpContentSynchronous<T>(T item, JsonTypeInfo<T> typeInfo) => inner.ToHttpContentSynchronous(item, typeInfo);

    public HttpContent ToStreamingHttpContent<T>(T item, JsonTypeInfo<T> typeInfo) => inner.ToStreamingHttpContent(item, typeInfo);

    public T? DeserializeFromString<T>(string content, JsonTypeInfo<T> typeInfo) => inner.DeserializeFromString(content, typeInfo);

    public IAsyncEnumerable<T?> DeserializeStreamAsync<T>(Stream stream, StreamingContentFormat format, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default) =>
        inner.DeserializeStreamAsync(stream, format, typeInfo, cancellationToken);

    private static Task<T?> ReadAsync<T>(HttpContent content, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        if (content is PooledBodyContent pooled)
        {
            // The full client's success body, already in a pooled buffer (ResponseBodyHandler): read where it is.
            try
            {
                return Task.FromResult(pooled.Read(typeInfo, static (json, info) => Deserialize(json, info)));
            }
            catch (Exception exception)
            {
                return Task.FromException<T?>(exception);
            }
        }

        var body = new PooledBody();
        Task copy;
        try
        {
            // A buffered body is written in one synchronous call from its buffer; anything else is copied as it comes.
            copy = content.CopyToAsync(body, cancellationToken);
        }
        catch
        {
            body.Dispose();
            throw;
        }

        if (!copy.IsCompletedSuccessfully)
        {
            return ReadWhenCopiedAsync(copy, body, typeInfo);
        }

        try
        {
            return Task.FromResult(Deserialize(body, typeInfo));
        }
        catch (Exception exception)
        {
            // As from the asynchronous read: the failure in the task, for Refit's DeserializationExceptionFactory.
            return Task.FromException<T?>(exception);
        }
    }

    private static async Task<T?> ReadWhenCopiedAsync<T>(Task copy, PooledBody body, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            await copy.ConfigureAwait(false);
        }
        catch
        {
            body.Dispose();
            throw;
        }

        return Deserialize(body, typeInfo);
    }

    private static T? Deserialize<T>(PooledBody body, JsonTypeInfo<T> typeInfo)
    {
        using (body)
        {
            return Deserialize(body.Written, typeInfo);
        }
    }

    private static T? Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo)
        => JsonSerializer.Deserialize(json.StartsWith(ByteOrderMark) ? json[ByteOrderMark.Length..] : json, typeInfo);

    /// <summary>
    /// True when the body is JSON in UTF-8: no charset, or charset utf-8. Read from the raw header, which a response
    /// from the network holds as text, instead of parsing it into a <see cref="MediaTypeHeaderValue"/> on every call.
    /// </summary>
    private static bool IsUtf8Json(HttpContent content)
    {
        if (!content.Headers.NonValidated.TryGetValues(ContentType, out var values) || values.Count != 1)
        {
            // No Content-Type: the JSON default, UTF-8, as the stream reader assumes too. Several: let it decide.
            return values.Count == 0;
        }

        var value = values.ToString().AsSpan();
        var at = value.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return true;
        }

        var charset = value[(at + "charset".Length)..].TrimStart();
        if (!charset.StartsWith('='))
        {
            return false;
        }

        charset = charset[1..];
        var end = charset.IndexOf(';');
        charset = (end < 0 ? charset : charset[..end]).Trim().Trim('"');
        // Only the name the platform knows: any other (even "utf8", which it rejects) is the wrapped serializer's to judge.
        return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A write-only stream into a pooled array: the body's bytes for one synchronous read.</summary>
    private sealed class PooledBody : Stream
    {
        private byte[] _buffer = [];
        private int _length;

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_buffer.Length - _length < buffer.Length)
            {
                PooledArrays.Grow(ref _buffer, _length, checked(_length + buffer.Length));
            }

            buffer.CopyTo(_buffer.AsSpan(_length));
            _length += buffer.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return ValueTask.FromCanceled(cancellationToken);
            }

            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            PooledArrays.Return(_buffer, _length);
            _buffer = [];
            _length = 0;
            base.Dispose(disposing);
        }
    }
}
