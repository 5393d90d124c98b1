using System.Globalization;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Customers;
using PartnerCenter.Emulator.Resources;

namespace PartnerCenter.Emulator.Listing;

/// <summary>
/// A page as the documented resource collection: <c>totalCount</c>, <c>items</c> in the short list form, <c>links</c>
/// and <c>attributes.objectType</c> <c>Collection</c>.
/// </summary>
internal static class CustomerCollectionJson
{
    /// <param name="page">The page's customers.</param>
    /// <param name="selfUri">The request as received (path and query), which is how to fetch this page again.</param>
    /// <param name="selfToken">The continuation token the request carried, which fetching it again also needs.</param>
    /// <param name="nextToken">The token for the next page; null on the last page, which then has no <c>links.next</c>.</param>
    /// <param name="pageSize">The page size, repeated in the next page's URI as the documented next links do.</param>
    public static JsonObject Build(CustomerPage page, string selfUri, string? selfToken, string? nextToken, int pageSize)
    {
        var links = new JsonObject
        {
            ["self"] = selfToken is null
                ? ResourceLinksJson.Link(selfUri)
                : ResourceLinksJson.Link(selfUri, (ListRequestParser.ContinuationTokenHeader, selfToken)),
        };
        if (nextToken is not null)
        {
            // Without "/v1" and with the size and seekOperation=Next, as the documented next links are written.
            var nextUri = string.Create(CultureInfo.InvariantCulture, $"/customers?size={pageSize}&seekOperation={ListRequestParser.NextSeekOperation}");
            links["next"] = ResourceLinksJson.Link(nextUri, (ListRequestParser.ContinuationTokenHeader, nextToken));
        }

        return new JsonObject
        {
            // The number of customers on this page, as in every current documented sample; the spec tells clients to
            // page by links.next, never by this count.
            ["totalCount"] = page.Items.Count,
            ["items"] = new JsonArray([.. page.Items.Select(JsonNode (customer) => CustomerViews.ListItem(customer))]),
            ["links"] = links,
            ["attributes"] = ResourceLinksJson.Attributes("Collection"),
        };
    }
}
