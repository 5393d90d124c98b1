namespace PartnerCenter.Customers.Errors;

/// <summary>Reads a response body for an exception, bounded so that a huge error page cannot exhaust memory.</summary>
internal static class ResponseBodyReader
{
    public const int MaxCharacters = 64 * 1024;

    // Bodies above this are not kept at all; Partner Center's error bodies are a few hundred bytes.
    private const long MaxBytes = 1024 * 1024;

    public static async Task<string?> ReadAsync(HttpContent? content)
    {
        if (content is null)
        {
            return null;
        }

        try
        {
            // A no-op when ResponseBufferingHandler already buffered it. Reading the buffer (not the read stream,
            // which the deserializer may have consumed and disposed) works any number of times.
            await content.LoadIntoBufferAsync(MaxBytes).ConfigureAwait(false);
            var body = await content.ReadAsStringAsync().ConfigureAwait(false);
            return body.Length > MaxCharacters ? body[..MaxCharacters] : body;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException or ObjectDisposedException)
        {
            // The body was streamed and consumed, too large, or the connection broke while reading it: the
            // exception still has the status, ids and the original error, which matter more than the raw text.
            return null;
        }
    }
}
