namespace PartnerCenter.Emulator.Listing;

/// <summary>
/// The inputs of one list request, read and checked: a first page (optionally a search) or, with
/// <c>seekOperation=Next</c>, the page after the one whose continuation token is sent.
/// </summary>
/// <param name="Size">The page size asked for; null when absent or 0, which mean the largest page.</param>
/// <param name="Filter">The search of a first page; a next page takes its search from the token.</param>
/// <param name="ContinuationToken">The <c>MS-ContinuationToken</c> of a next-page request; null for a first page.</param>
internal sealed record ListRequest(int? Size, CustomerFilter? Filter, string? ContinuationToken)
{
    /// <summary>The largest page; the spec's bound on <c>size</c>.</summary>
    public const int MaximumPageSize = 500;

    public bool IsNextPage => ContinuationToken is not null;
}
