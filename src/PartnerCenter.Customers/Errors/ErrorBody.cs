using System.Text.Json;

namespace PartnerCenter.Customers.Errors;

/// <summary>
/// The code and description of an error body, read leniently: the Partner Center error shape
/// (<c>code</c>, <c>description</c>) and the 429 shape (<c>statusCode</c>, <c>message</c>). The reference types
/// <c>code</c> as a string but its error table lists numbers, so both are accepted; a body that is not JSON
/// at all (a gateway's HTML page) yields nothing rather than a second error.
/// </summary>
internal readonly record struct ErrorBody(string? Code, string? Description)
{
    public static ErrorBody Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return default;
            }

            return new ErrorBody(
                ScalarText(root, "code"),
                ScalarText(root, "description") ?? ScalarText(root, "message"));
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? ScalarText(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
