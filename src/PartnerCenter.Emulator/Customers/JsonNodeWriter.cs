using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Customers;

/// <summary>Turns a seed node into response bytes.</summary>
internal static class JsonNodeWriter
{
    // Relaxed escaping keeps seed text such as "a@a.com" or non-ASCII names as written instead of \u-escaping
    // it; the output is only ever sent as JSON, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] ToUtf8Bytes(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
