using System;
using System.Collections.Generic;

namespace Codegen.Generator.Parsing;

/// <summary>Which of several media types an operation is generated for: JSON first, then forms, then raw bytes and text.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string FormUrlEncoded = "application/x-www-form-urlencoded";
    public const string Multipart = "multipart/form-data";
    public const string OctetStream = "application/octet-stream";

    /// <summary>Server-sent events: a streamed response, one item per event.</summary>
    public const string EventStream = "text/event-stream";

    /// <summary>JSON Lines, under its registered name and the older one: a streamed response, one item per line.</summary>
    public const string JsonLines = "application/jsonl";

    public const string NdJson = "application/x-ndjson";

    /// <summary>JSON text sequences (RFC 7464): a streamed response, one item per record.</summary>
    public const string JsonSequence = "application/json-seq";

    /// <summary>A sequence of parts that OpenAPI 3.2 describes by itemSchema, but that is not generated as a stream.</summary>
    public const string MultipartMixed = "multipart/mixed";

    private static readonly Func<string, bool>[] Preference =
    {
        m => m.Equals(Json, StringComparison.OrdinalIgnoreCase),
        IsJson,
        m => m.Equals(FormUrlEncoded, StringComparison.OrdinalIgnoreCase),
        m => m.Equals(Multipart, StringComparison.OrdinalIgnoreCase),
        m => m.Equals(OctetStream, StringComparison.OrdinalIgnoreCase),
        m => m.StartsWith("text/", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    /// <summary>
    /// The media type without its parameters and the spaces around it: "text/event-stream" for
    /// "text/event-stream; charset=utf-8". The string itself when there is nothing to take off, which is nearly always.
    /// </summary>
    public static string Essence(string mediaType)
    {
        var parameters = mediaType.IndexOf(';');
        return (parameters < 0 ? mediaType : mediaType.Substring(0, parameters)).Trim();
    }

    /// <summary>Whether <paramref name="mediaType"/>, its parameters aside, is <paramref name="essence"/> (media types ignore case).</summary>
    public static bool HasEssence(string mediaType, string essence) => IsEssence(Essence(mediaType), essence);

    /// <summary>Whether an <see cref="Essence"/> already taken is <paramref name="essence"/>: for a caller comparing it with several.</summary>
    public static bool IsEssence(string taken, string essence) => taken.Equals(essence, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The stream format of a response of <paramref name="mediaType"/>, as the constant that names it (<see cref="EventStream"/>,
    /// <see cref="JsonLines"/> also for <see cref="NdJson"/>, <see cref="JsonSequence"/>); null for a media type whose
    /// responses are not generated as streams of items. The one list of them: the reader and the binder both ask here.
    /// </summary>
    public static string? StreamFormat(string mediaType)
    {
        var essence = Essence(mediaType);
        return IsEssence(essence, EventStream) ? EventStream
            : IsEssence(essence, JsonLines) || IsEssence(essence, NdJson) ? JsonLines
            : IsEssence(essence, JsonSequence) ? JsonSequence
            : null;
    }

    /// <summary>"application/json", "application/problem+json", "application/json; charset=utf-8".</summary>
    public static bool IsJson(string mediaType)
        => mediaType.StartsWith(Json, StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The preferred entry, or -1 when there is none. Ties go to the first listed, so the spec's order decides.</summary>
    public static int IndexOfPreferred(IReadOnlyList<string> mediaTypes)
    {
        foreach (var preferred in Preference)
        {
            for (var i = 0; i < mediaTypes.Count; i++)
            {
                if (preferred(mediaTypes[i]))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
