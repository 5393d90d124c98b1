namespace PartnerCenter.Customers.Concurrency;

/// <summary>
/// ETags as Partner Center hands them out (<c>attributes.etag</c>, bare, such as <c>-4242348048554929329</c>) and as
/// <c>If-Match</c> carries them (RFC 9110: an entity-tag in double quotes).
/// </summary>
internal static class EntityTags
{
    /// <summary>
    /// The <c>If-Match</c> value for an ETag: a bare ETag is put in double quotes, one already in entity-tag form
    /// (<c>"..."</c> or <c>W/"..."</c>) is sent as it is. Null when the text cannot be an ETag (empty, or with a
    /// character an entity-tag cannot hold: a space, a control character, a double quote inside, non-ASCII).
    /// </summary>
    public static string? ToIfMatch(string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        if (IsEntityTag(etag))
        {
            return etag;
        }

        return etag.Length > 0 && etag.All(IsEtagCharacter) ? $"\"{etag}\"" : null;
    }

    private static bool IsEntityTag(string text)
    {
        var opaque = text.StartsWith("W/", StringComparison.Ordinal) ? text[2..] : text;
        return opaque.Length >= 2 && opaque[0] == '"' && opaque[^1] == '"' && opaque[1..^1].All(IsEtagCharacter);
    }

    // RFC 9110 etagc, without obs-text: HttpClient sends header values as ASCII.
    private static bool IsEtagCharacter(char character) => character == '!' || character is >= '#' and <= '~';
}
