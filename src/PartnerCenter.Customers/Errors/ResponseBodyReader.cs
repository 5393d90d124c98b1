namespace PartnerCenter.Customers.Errors;

/// <summary>
/// Reads a response body for <see cref="PartnerCenterException.ResponseBody"/>: bounded, so that a huge error page
/// cannot exhaust memory, and with anything that looks like a credential redacted.
/// </summary>
internal static class ResponseBodyReader
{
    public const int MaxCharacters = 64 * 1024;

    // A body nobody bounded before (a caller's own HttpClient with CreateRefitSettings) is read only this far; the
    // runtime's own handlers have already cut error bodies to PartnerCenterClientOptions.MaxErrorBodyBytes.
    private const long MaxUnboundedBytes = 1024 * 1024;

    public static async Task<string?> ReadAsync(HttpContent? content, string? knownSecret)
    {
        if (content is null)
        {
            return null;
        }

        try
        {
            // A no-op when the body is already buffered. Reading the buffer (not the read stream, which the
            // deserializer may have consumed and disposed) works any number of times.
            var bound = content is Http.ErrorBodyPrefixContent ? int.MaxValue : MaxUnboundedBytes;
            await content.LoadIntoBufferAsync(bound).ConfigureAwait(false);
            var body = await content.ReadAsStringAsync().ConfigureAwait(false);
            return ServerText.WithoutSecrets(body.Length > MaxCharacters ? body[..MaxCharacters] : body, knownSecret);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException or ObjectDisposedException)
        {
            // The body was streamed and consumed, too large, or the connection broke while reading it: the
            // exception still has the status, ids and the original error, which matter more than the raw text.
            return null;
        }
    }
}
