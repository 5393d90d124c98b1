namespace PartnerCenter.Emulator.Listing;

/// <summary>
/// Where a listing stands between two pages: a keyset position with a horizon. The next page holds the customers
/// whose list position is above <see cref="AfterPosition"/> and at most <see cref="Horizon"/> (the last position
/// given when the first page was answered) that match <see cref="Filter"/>. Positions are given once and never
/// change or return, so across the pages of one listing no customer can appear twice, every customer that exists
/// throughout appears exactly once, and one created after the first page never appears.
/// </summary>
internal sealed record ContinuationToken(long AfterPosition, long Horizon, int PageSize, CustomerFilter? Filter, DateTimeOffset ExpiresAt);
