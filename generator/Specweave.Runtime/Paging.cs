// Support types the generated clients share. Generated code names them fully qualified (global::Specweave.Runtime.*),
// so clients of any namespace, and several clients in one namespace or assembly, use the same types.
namespace Specweave.Runtime;

/// <summary>One page of a paged operation: its items and the continuation token that resumes after it.</summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class Page<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="values">The page's items.</param>
    /// <param name="continuationToken">The token of the next page; null on the last page.</param>
    public Page(System.Collections.Generic.IReadOnlyList<T> values, string? continuationToken)
    {
        Values = values ?? throw new System.ArgumentNullException(nameof(values));
        ContinuationToken = continuationToken;
    }

    /// <summary>The page's items, in the order the service sent them.</summary>
    public System.Collections.Generic.IReadOnlyList<T> Values { get; }

    /// <summary>
    /// Where the next page is, null on the last page. Pass it to <see cref="AsyncPageable{T}.AsPages"/> to
    /// resume there, now or in another process. It is opaque: store and pass it back as it is.
    /// </summary>
    public string? ContinuationToken { get; }
}

/// <summary>
/// The items of a paged operation, fetched a page at a time as they are enumerated: <c>await foreach</c>
/// goes through every item of every page, <see cref="AsPages"/> page by page with each page's
/// continuation token. Nothing is requested until enumeration starts, and each enumeration starts anew.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
public abstract class AsyncPageable<T> : System.Collections.Generic.IAsyncEnumerable<T>
{
    /// <summary>Creates a pageable.</summary>
    protected AsyncPageable()
    {
    }

    /// <summary>
    /// The pages, each requested when the enumeration reaches it: from the first page, or from the page a
    /// <paramref name="continuationToken"/> saved from <see cref="Page{T}.ContinuationToken"/> points to.
    /// </summary>
    /// <param name="continuationToken">Where to start; null for the first page.</param>
    /// <exception cref="System.ArgumentException">The token is not a continuation token.</exception>
    public abstract System.Collections.Generic.IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null);

    /// <summary>Every item of every page; the next page is requested once the items of the previous one are used up.</summary>
    /// <param name="cancellationToken">Stops the enumeration, between items as well as during a request.</param>
    public virtual async System.Collections.Generic.IAsyncEnumerator<T> GetAsyncEnumerator(System.Threading.CancellationToken cancellationToken = default)
    {
        // Called as a static method: generated files have no using directives.
        await foreach (var page in System.Threading.Tasks.TaskAsyncEnumerableExtensions.WithCancellation(AsPages(), cancellationToken).ConfigureAwait(false))
        {
            foreach (var value in page.Values)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return value;
            }
        }
    }
}

/// <summary>
/// A next-page link as a pager follows it: the query parameters of its URI, and for links that are objects
/// the method they name and the headers they ask for. A pager never requests the URI as such: it fills the
/// operation's own parameters of the same names, so the next page goes to the same host and path, through
/// the same client, handlers and error handling as the first.
/// </summary>
public sealed class PageLink
{
    private static readonly System.Collections.Generic.KeyValuePair<string, string>[] NoHeaders = System.Array.Empty<System.Collections.Generic.KeyValuePair<string, string>>();

    private readonly System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>> _query;

    private PageLink(string uri, string? method, System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> headers)
    {
        Uri = uri;
        Method = string.IsNullOrEmpty(method) ? null : method;
        Headers = headers;
        _query = ParseQuery(uri);
        ContinuationToken = Method is null && headers.Count == 0 ? uri : WriteToken(uri, Method, headers);
    }

    /// <summary>The link's URI as the service wrote it.</summary>
    public string Uri { get; }

    /// <summary>The method the link names; null when it names none.</summary>
    public string? Method { get; }

    /// <summary>The headers the link asks to be sent with the next request.</summary>
    public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> Headers { get; }

    /// <summary>The link as an opaque string: the URI itself when that is all the link is, JSON otherwise.</summary>
    public string ContinuationToken { get; }

    /// <summary>A link that is a URL; null or empty is no link (the last page).</summary>
    /// <param name="url">The URL.</param>
    public static PageLink? FromUrl(string? url) => string.IsNullOrEmpty(url) ? null : new PageLink(url!, null, NoHeaders);

    /// <summary>A link that is a URL; null is no link (the last page).</summary>
    /// <param name="url">The URL.</param>
    public static PageLink? FromUrl(System.Uri? url) => FromUrl(url?.OriginalString);

    /// <summary>A link object without headers; no URI is no link (the last page).</summary>
    /// <param name="uri">Where the link points.</param>
    /// <param name="method">The method it names, if any.</param>
    public static PageLink? FromLink(string? uri, string? method) => string.IsNullOrEmpty(uri) ? null : new PageLink(uri!, method, NoHeaders);

    /// <summary>A link object without headers; no URI is no link (the last page).</summary>
    /// <param name="uri">Where the link points.</param>
    /// <param name="method">The method it names, if any.</param>
    public static PageLink? FromLink(System.Uri? uri, string? method) => FromLink(uri?.OriginalString, method);

    /// <summary>A link object with headers; no URI is no link (the last page). A header without a value is not sent.</summary>
    /// <typeparam name="THeader">The type of the link's header entries.</typeparam>
    /// <param name="uri">Where the link points.</param>
    /// <param name="method">The method it names, if any.</param>
    /// <param name="headers">The headers to send with the next request.</param>
    /// <param name="key">Reads a header entry's name.</param>
    /// <param name="value">Reads a header entry's value.</param>
    /// <exception cref="PageLinkException">A header has no name.</exception>
    public static PageLink? FromLink<THeader>(
        string? uri,
        string? method,
        System.Collections.Generic.IEnumerable<THeader?>? headers,
        System.Func<THeader, string?> key,
        System.Func<THeader, string?> value)
        where THeader : class
    {
        if (string.IsNullOrEmpty(uri))
        {
            return null;
        }

        var read = new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>>();
        foreach (var header in headers ?? System.Array.Empty<THeader?>())
        {
            if (header is null)
            {
                continue;
            }

            var name = key(header);
            if (string.IsNullOrEmpty(name))
            {
                throw new PageLinkException("A next-page link has a header without a name.", null);
            }

            if (value(header) is { } text)
            {
                read.Add(new System.Collections.Generic.KeyValuePair<string, string>(name!, text));
            }
        }

        return new PageLink(uri!, method, read);
    }

    /// <summary>A link object with headers; no URI is no link (the last page). A header without a value is not sent.</summary>
    /// <typeparam name="THeader">The type of the link's header entries.</typeparam>
    /// <param name="uri">Where the link points.</param>
    /// <param name="method">The method it names, if any.</param>
    /// <param name="headers">The headers to send with the next request.</param>
    /// <param name="key">Reads a header entry's name.</param>
    /// <param name="value">Reads a header entry's value.</param>
    /// <exception cref="PageLinkException">A header has no name.</exception>
    public static PageLink? FromLink<THeader>(
        System.Uri? uri,
        string? method,
        System.Collections.Generic.IEnumerable<THeader?>? headers,
        System.Func<THeader, string?> key,
        System.Func<THeader, string?> value)
        where THeader : class
        => FromLink(uri?.OriginalString, method, headers, key, value);

    /// <summary>The link a continuation token stands for.</summary>
    /// <param name="continuationToken">A <see cref="Page{T}.ContinuationToken"/>.</param>
    /// <exception cref="System.ArgumentException">The text is not a continuation token.</exception>
    public static PageLink FromContinuationToken(string continuationToken)
    {
        if (string.IsNullOrEmpty(continuationToken))
        {
            throw new System.ArgumentException("A continuation token is not empty.", nameof(continuationToken));
        }

        if (continuationToken[0] != '{')
        {
            return new PageLink(continuationToken, null, NoHeaders);
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(continuationToken);
            var root = document.RootElement;
            var uri = root.GetProperty("uri").GetString();
            var method = root.TryGetProperty("method", out var methodValue) ? methodValue.GetString() : null;
            var headers = new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>>();
            if (root.TryGetProperty("headers", out var headerValues))
            {
                foreach (var header in headerValues.EnumerateArray())
                {
                    headers.Add(new System.Collections.Generic.KeyValuePair<string, string>(
                        header.GetProperty("key").GetString() ?? throw new System.FormatException(),
                        header.GetProperty("value").GetString() ?? throw new System.FormatException()));
                }
            }

            return string.IsNullOrEmpty(uri) ? throw new System.FormatException() : new PageLink(uri!, method, headers);
        }
        catch (System.Exception exception) when (exception is System.Text.Json.JsonException or System.InvalidOperationException
            or System.Collections.Generic.KeyNotFoundException or System.FormatException)
        {
            throw new System.ArgumentException("The text is not a continuation token of a pager.", nameof(continuationToken), exception);
        }
    }

    /// <summary>
    /// Checks, before anything is sent, that the operation can send everything the link asks for: the
    /// method it names, and each query parameter and header under a name the operation takes from a link.
    /// </summary>
    /// <param name="operation">The operation, for the message.</param>
    /// <param name="httpMethod">The operation's method.</param>
    /// <param name="queryParameters">The query parameters the operation fills from a link.</param>
    /// <param name="headers">The headers the operation fills from a link.</param>
    /// <exception cref="PageLinkException">The link asks for something the operation cannot send.</exception>
    public void EnsureMappable(string operation, string httpMethod, System.Collections.Generic.IReadOnlyCollection<string> queryParameters, System.Collections.Generic.IReadOnlyCollection<string> headers)
    {
        if (Method is not null && !string.Equals(Method, httpMethod, System.StringComparison.OrdinalIgnoreCase))
        {
            throw new PageLinkException($"The next page of '{operation}' cannot be requested: its link names the method '{Shown(Method)}', and the operation is {httpMethod}.", null);
        }

        foreach (var pair in _query)
        {
            if (!System.Linq.Enumerable.Contains(queryParameters, pair.Key, System.StringComparer.Ordinal))
            {
                throw new PageLinkException($"The next page of '{operation}' cannot be requested: its link carries the query parameter '{Shown(pair.Key)}', which the operation does not take from a link (it does not declare it, or its value cannot be read from text).", pair.Key);
            }
        }

        foreach (var pair in Headers)
        {
            if (!System.Linq.Enumerable.Contains(headers, pair.Key, System.StringComparer.OrdinalIgnoreCase))
            {
                throw new PageLinkException($"The next page of '{operation}' cannot be requested: its link asks for the header '{Shown(pair.Key)}', which the operation does not declare as a parameter it can fill.", pair.Key);
            }
        }
    }

    /// <summary>The value of a query parameter of the link, decoded; null when the link does not carry it.</summary>
    /// <param name="name">The parameter's name on the wire.</param>
    /// <exception cref="PageLinkException">The link carries it more than once.</exception>
    public string? Query(string name)
    {
        string? found = null;
        foreach (var pair in _query)
        {
            if (string.Equals(pair.Key, name, System.StringComparison.Ordinal))
            {
                found = found is null ? pair.Value : throw new PageLinkException($"The next-page link repeats the query parameter '{Shown(name)}', which takes one value.", name);
            }
        }

        return found;
    }

    /// <summary>The values of a query array of the link: each occurrence, split at <paramref name="delimiter"/> when given; null when absent.</summary>
    /// <param name="name">The parameter's name on the wire.</param>
    /// <param name="delimiter">The delimiter between values in one occurrence; null when each occurrence is one value.</param>
    public System.Collections.Generic.IReadOnlyList<string>? QueryValues(string name, string? delimiter)
    {
        var values = new System.Collections.Generic.List<string>();
        foreach (var pair in _query)
        {
            if (string.Equals(pair.Key, name, System.StringComparison.Ordinal))
            {
                values.AddRange(delimiter is null ? new[] { pair.Value } : pair.Value.Split(new[] { delimiter }, System.StringSplitOptions.None));
            }
        }

        return values.Count == 0 ? null : values;
    }

    /// <summary>The value of a header the link asks for (names compare ignoring case); null when it asks for none of that name.</summary>
    /// <param name="name">The header's name.</param>
    /// <exception cref="PageLinkException">The link names the header more than once.</exception>
    public string? Header(string name)
    {
        string? found = null;
        foreach (var pair in Headers)
        {
            if (string.Equals(pair.Key, name, System.StringComparison.OrdinalIgnoreCase))
            {
                found = found is null ? pair.Value : throw new PageLinkException($"The next-page link repeats the header '{Shown(name)}'.", name);
            }
        }

        return found;
    }

    /// <summary>
    /// The query of the URI as name/value pairs, percent-decoded and with '+' read as a space, as servers read
    /// their own query strings (a '+' the server meant literally, it has written as %2B).
    /// </summary>
    private static System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>> ParseQuery(string uri)
    {
        var pairs = new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>>();
        var start = uri.IndexOf('?');
        if (start < 0)
        {
            return pairs;
        }

        var end = uri.IndexOf('#', start);
        var query = end < 0 ? uri.Substring(start + 1) : uri.Substring(start + 1, end - start - 1);
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            var name = Decode(equals < 0 ? part : part.Substring(0, equals));
            pairs.Add(new System.Collections.Generic.KeyValuePair<string, string>(name, equals < 0 ? string.Empty : Decode(part.Substring(equals + 1))));
        }

        return pairs;
    }

    private static string Decode(string text) => System.Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string WriteToken(string uri, string? method, System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> headers)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("uri", uri);
            if (method is not null)
            {
                writer.WriteString("method", method);
            }

            writer.WriteStartArray("headers");
            foreach (var header in headers)
            {
                writer.WriteStartObject();
                writer.WriteString("key", header.Key);
                writer.WriteString("value", header.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Text from the service, shown in a message on one line and not at any length.</summary>
    internal static string Shown(string text)
    {
        var builder = new System.Text.StringBuilder(System.Math.Min(text.Length, 100));
        foreach (var c in text)
        {
            if (builder.Length == 100)
            {
                return builder.Append("...").ToString();
            }

            builder.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '?' : c);
        }

        return builder.ToString();
    }
}

/// <summary>A next-page link asks for a request the operation cannot make, or carries a value that cannot be read.</summary>
public sealed class PageLinkException : System.Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="name">The query parameter or header concerned, if any.</param>
    /// <param name="innerException">What failed while reading a value, if anything.</param>
    public PageLinkException(string message, string? name, System.Exception? innerException = null)
        : base(message, innerException)
    {
        Name = name;
    }

    /// <summary>The query parameter or header of the link that could not be sent or read, if the problem is one.</summary>
    public string? Name { get; }
}

/// <summary>What generated pagers are built from; not meant to be called directly.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class Paging
{
    /// <summary>A pageable whose pages come from <paramref name="fetch"/>: given null, the first page; given a link, the page it points to.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="fetch">Requests one page and returns its items and the link to the next page (null on the last).</param>
    /// <param name="cancellationToken">Cancels every request, together with the token of each enumeration.</param>
    public static AsyncPageable<T> Create<T>(
        System.Func<PageLink?, System.Threading.CancellationToken, System.Threading.Tasks.Task<(System.Collections.Generic.IReadOnlyList<T> Values, PageLink? Next)>> fetch,
        System.Threading.CancellationToken cancellationToken)
        => new LinkedPageable<T>(fetch ?? throw new System.ArgumentNullException(nameof(fetch)), cancellationToken);

    /// <summary>A value read from text, or null when there is no text.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="text">The text; null when the link does not carry the value.</param>
    /// <param name="read">Reads the text.</param>
    public static T? Value<T>(string? text, System.Func<string, T> read)
        where T : struct
        => text is null ? null : read(text);

    /// <summary>An object read from text, or null when there is no text.</summary>
    /// <typeparam name="T">The object's type.</typeparam>
    /// <param name="text">The text; null when the link does not carry the value.</param>
    /// <param name="read">Reads the text.</param>
    public static T? Reference<T>(string? text, System.Func<string, T> read)
        where T : class
        => text is null ? null : read(text);

    /// <summary>A list read item by item from texts, or null when there are none.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="texts">The texts; null when the link does not carry the value.</param>
    /// <param name="read">Reads one text.</param>
    public static System.Collections.Generic.IReadOnlyList<T>? List<T>(System.Collections.Generic.IReadOnlyList<string>? texts, System.Func<string, T> read)
    {
        if (texts is null)
        {
            return null;
        }

        var values = new T[texts.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = read(texts[i]);
        }

        return values;
    }

    /// <summary>A number, boolean, GUID or date read with the invariant culture, as the client writes it.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="name">The query parameter or header, for the message.</param>
    /// <exception cref="PageLinkException">The text is not such a value.</exception>
#if NET7_0_OR_GREATER
    public static T Parse<T>(string text, string name)
        where T : System.IParsable<T>
        => T.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PageLinkException($"The next-page link's value of '{PageLink.Shown(name)}' is not a valid {typeof(T).Name}.", name);
#else
    public static T Parse<T>(string text, string name)
        => ParseValue(text, typeof(T)) is T value
            ? value
            : throw new PageLinkException($"The next-page link's value of '{PageLink.Shown(name)}' is not a valid {typeof(T).Name}.", name);

    // Without IParsable: the value types a link's text can hold, read as the client writes them (invariant culture).
    private static object? ParseValue(string text, System.Type type)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        const System.Globalization.NumberStyles Integer = System.Globalization.NumberStyles.Integer;
        const System.Globalization.NumberStyles Float = System.Globalization.NumberStyles.Float | System.Globalization.NumberStyles.AllowThousands;
        return type switch
        {
            _ when type == typeof(int) => int.TryParse(text, Integer, culture, out var v) ? v : null,
            _ when type == typeof(long) => long.TryParse(text, Integer, culture, out var v) ? v : null,
            _ when type == typeof(float) => float.TryParse(text, Float, culture, out var v) ? v : null,
            _ when type == typeof(double) => double.TryParse(text, Float, culture, out var v) ? v : null,
            _ when type == typeof(decimal) => decimal.TryParse(text, System.Globalization.NumberStyles.Number, culture, out var v) ? v : null,
            _ when type == typeof(bool) => bool.TryParse(text, out var v) ? v : null,
            _ when type == typeof(System.Guid) => System.Guid.TryParse(text, out var v) ? v : null,
            _ when type == typeof(System.DateTimeOffset) => System.DateTimeOffset.TryParse(text, culture, System.Globalization.DateTimeStyles.None, out var v) ? v : null,
            _ => null,
        };
    }
#endif

    /// <summary>A URI, absolute or relative.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The query parameter or header, for the message.</param>
    /// <exception cref="PageLinkException">The text is not a URI.</exception>
    public static System.Uri ParseUri(string text, string name)
        => System.Uri.TryCreate(text, System.UriKind.RelativeOrAbsolute, out var uri)
            ? uri
            : throw new PageLinkException($"The next-page link's value of '{PageLink.Shown(name)}' is not a URI.", name);

    /// <summary>A value sent as JSON text, read with the client's generated JSON metadata (no reflection).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="text">The JSON text.</param>
    /// <param name="name">The query parameter or header, for the message.</param>
    /// <param name="context">The client's JSON context.</param>
    /// <exception cref="PageLinkException">The text is not JSON of that type.</exception>
    public static T ParseJson<T>(string text, string name, System.Text.Json.Serialization.JsonSerializerContext context)
        where T : class
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize(text, typeof(T), context) as T
                ?? throw new PageLinkException($"The next-page link's value of '{PageLink.Shown(name)}' is JSON null.", name);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new PageLinkException($"The next-page link's value of '{PageLink.Shown(name)}' is not the JSON it should be: {exception.Message}", name, exception);
        }
    }

    private sealed class LinkedPageable<T> : AsyncPageable<T>
    {
        private readonly System.Func<PageLink?, System.Threading.CancellationToken, System.Threading.Tasks.Task<(System.Collections.Generic.IReadOnlyList<T> Values, PageLink? Next)>> _fetch;
        private readonly System.Threading.CancellationToken _cancellationToken;

        public LinkedPageable(
            System.Func<PageLink?, System.Threading.CancellationToken, System.Threading.Tasks.Task<(System.Collections.Generic.IReadOnlyList<T> Values, PageLink? Next)>> fetch,
            System.Threading.CancellationToken cancellationToken)
        {
            _fetch = fetch;
            _cancellationToken = cancellationToken;
        }

        /// <inheritdoc/>
        // Both tokens stop it between items: the one given to the paged call as well as the enumeration's.
        public override async System.Collections.Generic.IAsyncEnumerator<T> GetAsyncEnumerator(System.Threading.CancellationToken cancellationToken = default)
        {
            // Called as a static method: generated files have no using directives.
            await foreach (var page in System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(Pages(null, cancellationToken), false))
            {
                foreach (var value in page.Values)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _cancellationToken.ThrowIfCancellationRequested();
                    yield return value;
                }
            }
        }

        /// <inheritdoc/>
        // The token is read here, not when enumeration starts, so a bad token fails at the call that passed it.
        public override System.Collections.Generic.IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null)
            => Pages(continuationToken is null ? null : PageLink.FromContinuationToken(continuationToken), default);

        private async System.Collections.Generic.IAsyncEnumerable<Page<T>> Pages(
            PageLink? link,
            [System.Runtime.CompilerServices.EnumeratorCancellation] System.Threading.CancellationToken cancellationToken)
        {
            using var linked = cancellationToken.CanBeCanceled && _cancellationToken.CanBeCanceled
                ? System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancellationToken)
                : null;
            var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken);
            while (true)
            {
                token.ThrowIfCancellationRequested();
                var (values, next) = await _fetch(link, token).ConfigureAwait(false);

                // A link back to the page just read would never end.
                if (next is not null && link is not null && next.ContinuationToken == link.ContinuationToken)
                {
                    throw new PageLinkException("The next-page link points to the page it came with, so paging would never end.", null);
                }

                yield return new Page<T>(values, next?.ContinuationToken);
                if (next is null)
                {
                    yield break;
                }

                link = next;
            }
        }
    }
}
