using System.Text.Json;

namespace PartnerCenter.Customers.Errors;

/// <summary>
/// Copies of platform exceptions whose messages can quote what the server sent (an invalid header line or chunk
/// header, a JSON property name in a path), with every message in the chain passed through <see cref="ServerText"/>.
/// They replace the originals before anything logs them or keeps them as an inner exception, so neither the
/// resilience pipeline's own log records nor <see cref="Exception.ToString"/> of a
/// <see cref="PartnerCenterException"/> carry server text verbatim.
/// </summary>
internal static class CleanedExceptions
{
    public static HttpRequestException Of(HttpRequestException exception, string? knownSecret)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new HttpRequestException(
            exception.HttpRequestError,
            Clean(exception.Message, knownSecret),
            InnerOf(exception.InnerException, knownSecret),
            exception.StatusCode);
    }

    public static JsonException Of(JsonException exception, string? knownSecret)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new JsonException(
            Clean(exception.Message, knownSecret),
            ServerText.ForMessage(exception.Path, ServerText.DefaultMaxLength, knownSecret),
            exception.LineNumber,
            exception.BytePositionInLine,
            InnerOf(exception.InnerException, knownSecret));
    }

    private static Exception? InnerOf(Exception? inner, string? knownSecret) => inner switch
    {
        null => null,
        HttpRequestException http => Of(http, knownSecret),
        HttpIOException io => new HttpIOException(io.HttpRequestError, Clean(io.Message, knownSecret), InnerOf(io.InnerException, knownSecret)),
        JsonException json => Of(json, knownSecret),
        _ when inner.GetType() == typeof(IOException) => new IOException(Clean(inner.Message, knownSecret), InnerOf(inner.InnerException, knownSecret)),
        // Socket, TLS and the other platform errors describe the connection, not what the server sent.
        _ => inner,
    };

    private static string Clean(string message, string? knownSecret) =>
        ServerText.ForMessage(message, ServerText.DefaultMaxLength, knownSecret)!;
}
