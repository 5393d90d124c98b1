using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Parsing.Model;

/// <summary>
/// A paging extension of an operation (<c>x-pageable</c>, or AutoRest's <c>x-ms-pageable</c>) as written,
/// defaults filled in, with where each value stands so that the binder can point at it.
/// </summary>
/// <remarks>Equality contract: value equality over every member.</remarks>
/// <param name="Extension">The extension's key, for messages.</param>
/// <param name="ItemName">The property of the response that holds the page's items.</param>
/// <param name="NextLinkName">The property (x-pageable: or dotted path) that holds the next page's link; null when there is only ever one page.</param>
/// <param name="NextLinkIsPath">Dots in <paramref name="NextLinkName"/> may separate properties (x-pageable; AutoRest's names are one property).</param>
/// <param name="ItemNameLocation">Where itemName is written; the extension's own location when defaulted.</param>
/// <param name="NextLinkLocation">Where nextLinkName is written; the extension's own location when defaulted.</param>
internal sealed record ApiPaging(
    string Extension,
    string ItemName,
    string? NextLinkName,
    NextLinkKind NextLinkKind,
    bool NextLinkIsPath,
    SourceLocation Location,
    SourceLocation ItemNameLocation,
    SourceLocation NextLinkLocation);

/// <summary>What the value at the next-link property is.</summary>
internal enum NextLinkKind
{
    /// <summary>A URL string.</summary>
    Url,

    /// <summary>An object {uri, method, headers: [{key, value}]} whose headers go with the next request.</summary>
    Link,
}
