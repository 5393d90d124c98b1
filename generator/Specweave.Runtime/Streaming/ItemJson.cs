using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Specweave.Runtime.Streaming;

/// <summary>Reads one item's JSON with the caller's source-generated metadata: no reflection, AOT-safe.</summary>
internal static class ItemJson
{
    /// <summary>The item, or the JSON error that stops the stream. Exactly one JSON value: "1 2" on one line is an error.</summary>
    public static T Read<T>(in ReadOnlySequence<byte> json, JsonTypeInfo<T> typeInfo, out JsonException? error)
    {
        var options = typeInfo.Options;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.ReadCommentHandling,
            MaxDepth = options.MaxDepth,
        });
        try
        {
            var value = JsonSerializer.Deserialize(ref reader, typeInfo);

            // Deserialize stops after one value; the reader throws when anything but whitespace follows it.
            reader.Read();
            error = null;
            return value!;
        }
        catch (JsonException e)
        {
            error = e;
            return default!;
        }
    }
}
