using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PartnerCenter.Emulator.Requests;

/// <summary>
/// Reads a JSON request body into its input record, or says in one sentence why it cannot: read by hand rather than
/// bound by minimal APIs, whose failures are bare 400s or 415s without the Partner Center error body.
/// </summary>
internal static class RequestBodies
{
    public static async Task<(T? Value, string? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync(request.Body, typeInfo, request.HttpContext.RequestAborted);
            return value is null
                ? (null, "The request body must be a JSON object.")
                : (value, null);
        }
        catch (JsonException exception)
        {
            // The path says where reading stopped; the message could quote body text, so it is not passed on.
            var where = string.IsNullOrEmpty(exception.Path) ? string.Empty : $" (at {exception.Path})";
            return (null, $"The request body is not valid JSON of the expected shape{where}.");
        }
    }
}
