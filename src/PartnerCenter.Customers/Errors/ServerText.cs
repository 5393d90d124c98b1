using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnerCenter.Customers.Errors;

/// <summary>
/// Makes text that came from the other end of the connection (a reason phrase, an error code or description, a
/// JSON path, a redirect target, a transport error quoting the response, a credential library's message) safe to
/// put into an exception message or a log line.
/// </summary>
/// <remarks>
/// A misbehaving gateway can echo the request back, Authorization header included, so anything that looks like a
/// credential is redacted; escape sequences and line breaks could rewrite what a terminal or a log viewer shows,
/// so control and invisible formatting characters become spaces; and a server can send megabytes of text, so the
/// length is bounded. Every place where such text enters a message goes through <see cref="ForMessage"/>.
/// </remarks>
internal static partial class ServerText
{
    /// <summary>What a redacted credential is replaced with.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>The default bound of one piece of server text inside a message, in characters.</summary>
    public const int DefaultMaxLength = 300;

    // Shorter "secrets" would redact ordinary words; real tokens are far longer.
    private const int MinimumKnownSecretLength = 8;

    private const string Ellipsis = "…";

    /// <summary>
    /// The text cleaned for a message: control and formatting characters replaced by spaces, runs of whitespace
    /// collapsed, credentials redacted, and at most <paramref name="maxLength"/> characters. Null stays null.
    /// </summary>
    /// <param name="text">Text from the server or from a library that may quote it.</param>
    /// <param name="maxLength">The longest result, in characters, before the trailing ellipsis.</param>
    /// <param name="knownSecret">A secret known to have been sent (the bearer token of the request), redacted wherever it appears.</param>
    public static string? ForMessage(string? text, int maxLength = DefaultMaxLength, string? knownSecret = null)
    {
        if (text is null)
        {
            return null;
        }

        // Cleaning comes first, so that a control character cannot split a token from its "Bearer" and slip past.
        var cleaned = Redact(WithoutControlCharacters(text), knownSecret);
        return Bounded(cleaned, maxLength);
    }

    /// <summary>
    /// The text with credentials redacted and nothing else changed, for a body kept as data
    /// (<see cref="PartnerCenterException.ResponseBody"/>) rather than shown as a message.
    /// </summary>
    public static string? WithoutSecrets(string? text, string? knownSecret = null) =>
        text is null ? null : Redact(text, knownSecret);

    private static string Redact(string text, string? knownSecret)
    {
        if (knownSecret is { Length: >= MinimumKnownSecretLength })
        {
            text = text.Replace(knownSecret, Redacted, StringComparison.Ordinal);
        }

        text = AuthorizationValue().Replace(text, match => match.Groups["name"].Value + match.Groups["separator"].Value + Redacted);
        text = TokenParameter().Replace(text, match => match.Groups["name"].Value + match.Groups["separator"].Value + Redacted);
        text = BearerToken().Replace(text, match => match.Groups["scheme"].Value + " " + Redacted);
        return JsonWebToken().Replace(text, Redacted);
    }

    private static string WithoutControlCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            // Invalid UTF-16 (a lone surrogate) arrives here as the replacement character and is kept as such.
            if (Rune.IsWhiteSpace(rune) || IsInvisible(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    // Control characters (C0, C1: escape sequences, bells, line breaks) and formatting characters (bidirectional
    // overrides, zero-width characters), which change how the surrounding text is displayed.
    private static bool IsInvisible(Rune rune) =>
        Rune.IsControl(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static string Bounded(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }

    // "Authorization: Bearer x", "authorization=x", "\"Proxy-Authorization\": \"Basic x\"": the header's value,
    // one optional scheme word and the credential after it.
    [GeneratedRegex(
        """(?<name>\b(?:proxy-)?authorization\b)(?<separator>["']?[\s\p{Cc}\p{Cf}]*[:=][\s\p{Cc}\p{Cf}]*["']?)(?:[A-Za-z]+[\s\p{Cc}\p{Cf}]+)?[^\s\p{Cc}\p{Cf}"',;}]+""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationValue();

    // OAuth parameters that carry a credential, in a form body, a query string or JSON.
    [GeneratedRegex(
        """(?<name>\b(?:access_token|refresh_token|id_token|client_secret|client_assertion)\b)(?<separator>["']?[\s\p{Cc}\p{Cf}]*[:=][\s\p{Cc}\p{Cf}]*["']?)[^\s\p{Cc}\p{Cf}"'&,;}]+""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenParameter();

    // "Bearer <token>" anywhere, whatever precedes it: the token68 syntax of RFC 9110.
    [GeneratedRegex(
        """(?<scheme>\bbearer)[\s\p{Cc}\p{Cf}]+(?!\[redacted\])[A-Za-z0-9\-._~+/]+=*""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    // A JWT (JWS compact form): base64url header starting with {" ("eyJ"), payload and optional signature.
    [GeneratedRegex("""\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]*)?""", RegexOptions.CultureInvariant)]
    private static partial Regex JsonWebToken();
}
