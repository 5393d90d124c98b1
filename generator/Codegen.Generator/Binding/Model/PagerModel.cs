using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding.Model;

/// <summary>The static class of extension methods that holds the pagers of one interface.</summary>
/// <remarks>Equality contract: value equality over every member; collections compare element by element.</remarks>
internal sealed record PagerClassModel(string Name, string InterfaceName, ImmutableEquatableArray<PagerModel> Pagers);

/// <summary>
/// A pager: an extension method beside a Refit method that enumerates every item across pages, following
/// each page's next link through that same Refit method.
/// </summary>
/// <param name="Name">The extension method's name.</param>
/// <param name="MethodName">The Refit method every page request goes through.</param>
/// <param name="OperationLabel">How exceptions name the operation (spec text: its operationId or "GET /path").</param>
/// <param name="HttpMethod">The operation's method in capitals, which a link's method must match.</param>
/// <param name="Summary">The operation's summary, raw.</param>
/// <param name="ItemName">The itemName as written, for the documentation.</param>
/// <param name="NextLinkName">The nextLinkName as written, for the documentation; null for a single page.</param>
/// <param name="ResponseMayBeNull">The Refit method returns null for an empty success response: a last page without items.</param>
/// <param name="ResponseType">The Refit method's result: the generated record of a page.</param>
/// <param name="ItemType">The items' type as the list holds them; <paramref name="ItemNullable"/> says whether an item may be null.</param>
/// <param name="Items">From the response to its list of items.</param>
/// <param name="NextLink">From the response to the next link; null when there is only ever one page.</param>
/// <param name="Link">For links of kind link: the link object's members; null for a URL.</param>
/// <param name="Arguments">Every parameter of the Refit method except the cancellation token, in its order.</param>
internal sealed record PagerModel(
    string Name,
    string MethodName,
    string OperationLabel,
    string HttpMethod,
    string? Summary,
    bool Deprecated,
    string ItemName,
    string? NextLinkName,
    TypeRef ResponseType,
    bool ResponseMayBeNull,
    TypeRef ItemType,
    bool ItemNullable,
    ImmutableEquatableArray<PathStep> Items,
    ImmutableEquatableArray<PathStep>? NextLink,
    LinkObjectModel? Link,
    PagerLocals Locals,
    ImmutableEquatableArray<PagerArgument> Arguments);

/// <summary>One property on the way from the response to a value.</summary>
/// <param name="MayBeNull">The property is nullable, so the next step reads through it with ?.</param>
internal sealed record PathStep(string PropertyName, bool MayBeNull);

/// <summary>The C# members of a next link of kind link: {uri, method, headers: [{key, value}]}.</summary>
/// <param name="MethodProperty">Null when the link schema has no method.</param>
/// <param name="HeadersProperty">Null when the link schema has no headers (then the key and value names are null too).</param>
internal sealed record LinkObjectModel(string UriProperty, string? MethodProperty, string? HeadersProperty, string? HeaderKeyProperty, string? HeaderValueProperty);

/// <summary>Names of the pager's own parameters and locals, chosen so that none hides an operation parameter.</summary>
internal sealed record PagerLocals(string Api, string Link, string Cancellation, string Response, string Next, string Text, string Header);

/// <summary>One parameter of the Refit method, as the pager takes it and passes it on.</summary>
/// <param name="Parameter">The Refit method's parameter; the pager takes the same name, type and default.</param>
/// <param name="NextPage">Where its value comes from on the requests that follow a link.</param>
/// <param name="WireName">The query parameter or header a link fills it from.</param>
/// <param name="Value">How that text becomes the parameter's value.</param>
/// <param name="KeepsCallerValue">Absent from the link, it keeps the caller's value (headers, and query parameters that cannot be left out).</param>
internal sealed record PagerArgument(
    MethodParameterModel Parameter,
    NextPageSource NextPage,
    string? WireName = null,
    TextValue? Value = null,
    bool KeepsCallerValue = false);

/// <summary>Where a parameter's value comes from once a page is requested from a link.</summary>
internal enum NextPageSource
{
    /// <summary>The caller's value, on every page (path, cookie, body, parameters a link cannot fill).</summary>
    Caller,

    /// <summary>Left out: a query parameter a link cannot fill, which the link's query replaces.</summary>
    Omitted,

    /// <summary>The link's query parameter of that name.</summary>
    Query,

    /// <summary>The link's header of that name (links of kind link carry headers).</summary>
    Header,
}

/// <summary>How a parameter's value is read back from the text it is sent as (a next link carries its values as text).</summary>
/// <param name="Type">The value's type; for a list, the element's.</param>
/// <param name="List">For a query array: how its values are written; null for a single value.</param>
/// <param name="ListElement">For a list: the element type as the list holds it; <paramref name="ListElementNullable"/> whether it may be null.</param>
internal sealed record TextValue(TextValueKind Kind, TypeRef Type, ListFormat? List = null, TypeRef? ListElement = null, bool ListElementNullable = false);

internal enum TextValueKind
{
    /// <summary>A string: the text itself.</summary>
    Text,

    /// <summary>A number, boolean, GUID or date, parsed with the invariant culture.</summary>
    Parsable,

    Uri,

    /// <summary>A generated string enum, built from its wire text.</summary>
    StringEnum,

    /// <summary>A generated integer enum, built from its number.</summary>
    IntegerEnum,

    /// <summary>A generated type sent as JSON text (a parameter with JSON content), read with the JSON context.</summary>
    Json,
}

/// <summary>How the values of a query array are written: the parameter repeated, or one value with a delimiter.</summary>
internal enum ListFormat
{
    Multi,
    Csv,
    Ssv,
    Pipes,
    Tsv,
}

/// <summary>A parameter as bound for the Refit method, and what a pager needs to know of it.</summary>
/// <param name="In">Where it travels; null for the request body.</param>
/// <param name="WireName">The query, header or path name on the wire.</param>
/// <param name="ReadBack">How its value reads back from wire text; null when it cannot.</param>
internal sealed record BoundParameter(MethodParameterModel Model, ParameterLocation? In, string? WireName, TextValue? ReadBack);
