using System.Globalization;
using System.Text.Json;

namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// The service behind Specs/paging/url-kind.yaml: things "thing-0".. in pages of <c>top</c> (2 by default),
/// each page with its next link a URL at <c>paging.next</c> that carries the skip token, the API version, a
/// comma-separated array and a date. By default the link is absolute and names another host and path: the
/// pager must take only its query.
/// </summary>
public sealed class ThingService
{
    public int Total { get; init; } = 5;

    public string LinkBase { get; init; } = "http://elsewhere.invalid/other/path";

    public bool LinkCarriesApiVersion { get; init; } = true;

    public ServerResponse Respond(ServerRequest request)
    {
        var offset = request.Query["$skiptoken"] is { } skip ? int.Parse(skip, CultureInfo.InvariantCulture) : 0;
        var top = request.Query["top"] is { } topText ? int.Parse(topText, CultureInfo.InvariantCulture) : 2;
        var things = Enumerable.Range(offset, Math.Max(0, Math.Min(top, Total - offset))).Select(i => new { name = "thing-" + i.ToString(CultureInfo.InvariantCulture) }).ToList();
        string? next = null;
        if (offset + top < Total)
        {
            var version = LinkCarriesApiVersion ? "api-version=2024-01-01&" : string.Empty;
            next = $"{LinkBase}?{version}$skiptoken={offset + top}&top={top}&tags=a,b&since=2024-01-02T03:04:05Z";
        }

        return ServerResponse.Json(JsonSerializer.Serialize(new { things, paging = new { next } }));
    }
}
