namespace PartnerCenter.Customers.Http;

/// <summary>
/// The first bytes of a body, read as a stream and never more than asked for: an error page of any size costs at
/// most the bound in memory and on the wire.
/// </summary>
internal readonly record struct BodyPrefix(byte[] Bytes, bool Truncated)
{
    public static async Task<BodyPrefix> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var declared = content.Headers.ContentLength;
        var buffer = new byte[declared is { } length && length < maxBytes ? (int)length : maxBytes];
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            // One byte more tells a body of exactly the bound from a longer one, without reading the rest.
            var truncated = read == buffer.Length
                && (declared > read || (declared is null && await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0));
            return new BodyPrefix(read == buffer.Length ? buffer : buffer[..read], truncated);
        }
    }
}
