using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// The service behind Specs/paging/link-kind.yaml, paging the way the Partner Center customers list does:
/// items "item-0".. in pages of <c>size</c> (3 by default), each page with a next link object whose URI carries
/// the size, <c>seek=Next</c> and the filter (form-encoded, so spaces are '+'), and whose headers carry the
/// continuation (the offset) in <c>X-Continuation</c>. Tests bend the link to see what the pager makes of it.
/// </summary>
public sealed class ItemService
{
    public int Total { get; init; } = 7;

    /// <summary>Appended to every next link's URI (an undeclared parameter, a repeated one).</summary>
    public string ExtraLinkQuery { get; init; } = string.Empty;

    /// <summary>Headers every next link asks for besides X-Continuation.</summary>
    public IReadOnlyList<(string Key, string Value)> ExtraLinkHeaders { get; init; } = [];

    public string LinkMethod { get; init; } = "GET";

    /// <summary>The request (1-based) answered with 500 instead of a page.</summary>
    public int? FailingRequest { get; init; }

    /// <summary>Completed when a request for a page after the first arrives; that request is answered only once <see cref="Release"/> completes.</summary>
    public TaskCompletionSource? NextPageArrived { get; init; }

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int _count;

    public async Task<ServerResponse> RespondAsync(ServerRequest request)
    {
        var number = Interlocked.Increment(ref _count);
        if (number == FailingRequest)
        {
            return new ServerResponse(500, "{\"error\":\"boom\"}");
        }

        var continuation = request.Header("X-Continuation");
        if (continuation is not null && NextPageArrived is { } arrived)
        {
            arrived.TrySetResult();
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var offset = continuation is null ? 0 : int.Parse(continuation, CultureInfo.InvariantCulture);
        var size = request.Query["size"] is { } sizeText ? int.Parse(sizeText, CultureInfo.InvariantCulture) : 3;
        var items = Enumerable.Range(offset, Math.Max(0, Math.Min(size, Total - offset))).Select(i => new { id = "item-" + i.ToString(CultureInfo.InvariantCulture) }).ToList();
        object? next = null;
        if (offset + size < Total)
        {
            var filter = request.Query["filter"] is { } json ? "&filter=" + WebUtility.UrlEncode(json) : string.Empty;
            next = new
            {
                uri = $"/tenants/t1/items?size={size}&seek=Next{filter}{ExtraLinkQuery}",
                method = LinkMethod,
                headers = ExtraLinkHeaders.Select(h => new { key = h.Key, value = h.Value })
                    .Prepend(new { key = "X-Continuation", value = (offset + size).ToString(CultureInfo.InvariantCulture) }),
            };
        }

        return ServerResponse.Json(JsonSerializer.Serialize(new { items, links = new { next } }));
    }
}
