using Microsoft.Extensions.Primitives;

namespace PartnerCenter.Emulator.Billing;

/// <summary>
/// The <c>If-Match</c> header of an update (RFC 9110, 13.1.1): <c>*</c>, or one or more entity tags, of which one must
/// equal the resource's current ETag. Comparison is strong, so a weak tag (<c>W/"..."</c>) never matches. The spec has
/// clients send the ETag quoted; a bare ETag (the <c>attributes.etag</c> value as read) is accepted too.
/// </summary>
internal sealed class IfMatchCondition
{
    private readonly bool _any;
    private readonly string[] _etags;

    private IfMatchCondition(bool any, string[] etags)
    {
        _any = any;
        _etags = etags;
    }

    /// <summary>The condition the header states, or null when the request has no (or an empty) If-Match.</summary>
    public static IfMatchCondition? From(StringValues header)
    {
        var tags = header
            .SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
        if (tags.Length == 0)
        {
            return null;
        }

        return tags.Contains("*")
            ? new IfMatchCondition(any: true, [])
            : new IfMatchCondition(any: false, [.. tags.Select(Opaque).OfType<string>()]);
    }

    public bool IsMetBy(string? currentEtag) =>
        currentEtag is not null && (_any || _etags.Contains(currentEtag, StringComparer.Ordinal));

    // The tag's opaque text; null for a weak tag, which strong comparison never matches.
    private static string? Opaque(string tag) =>
        tag.StartsWith("W/", StringComparison.Ordinal) ? null
        : tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"' ? tag[1..^1]
        : tag;
}
