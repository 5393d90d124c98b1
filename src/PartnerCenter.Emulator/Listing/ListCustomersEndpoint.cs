using PartnerCenter.Emulator.Customers;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Listing;

/// <summary>
/// <c>GET /v1/customers</c>: the first page of the customers (optionally a search), or with <c>seekOperation=Next</c>
/// and <c>MS-ContinuationToken</c> the page after the one that token came with. Every page is read from one store
/// snapshot; see <see cref="ContinuationToken"/> for what a listing guarantees while customers come and go.
/// </summary>
internal static class ListCustomersEndpoint
{
    public static IResult Handle(HttpRequest request, CustomerStore store, ContinuationTokenCodec tokens)
    {
        if (!ListRequestParser.TryParse(request, out var list, out var problem))
        {
            return CustomerErrors.InvalidProperty(problem);
        }

        var snapshot = store.Snapshot;
        long afterPosition = -1, horizon = snapshot.LastPosition;
        var filter = list.Filter;
        var pageSize = list.Size ?? ListRequest.MaximumPageSize;
        if (list.ContinuationToken is { } text)
        {
            if (!tokens.TryRead(text, out var token, out var rejection))
            {
                return CustomerErrors.InvalidProperty(rejection == TokenRejection.Expired
                    ? "The continuation token has expired; list the customers again from the first page."
                    : "The continuation token is not valid: it was not issued by this service or has been changed.");
            }

            (afterPosition, horizon, filter) = (token.AfterPosition, token.Horizon, token.Filter);
            pageSize = list.Size ?? token.PageSize;
        }

        var page = CustomerPage.Select(snapshot, afterPosition, horizon, filter, pageSize);
        var nextToken = page.HasMore ? tokens.Issue(page.Items[^1].Position, horizon, pageSize, filter) : null;
        var selfUri = request.PathBase + request.Path + request.QueryString;
        return new JsonNodeResult(CustomerCollectionJson.Build(page, selfUri, list.ContinuationToken, nextToken, pageSize));
    }
}
