using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Listing;

/// <summary>One page of a listing, and whether a further page has customers.</summary>
internal sealed record CustomerPage(IReadOnlyList<StoredCustomer> Items, bool HasMore)
{
    /// <summary>
    /// The customers of one store snapshot in list order whose position is above <paramref name="afterPosition"/> and
    /// at most <paramref name="horizon"/> and that match <paramref name="filter"/>, at most <paramref name="size"/>.
    /// <see cref="HasMore"/> says whether another match follows within the horizon, so a listing whose last page is
    /// full ends without a link to an empty page.
    /// </summary>
    public static CustomerPage Select(CustomerStoreState snapshot, long afterPosition, long horizon, CustomerFilter? filter, int size)
    {
        var customers = snapshot.InListOrder;
        var items = new List<StoredCustomer>(Math.Min(size, 64));
        for (var index = snapshot.IndexAfter(afterPosition); index < customers.Count; index++)
        {
            var customer = customers[index];
            if (customer.Position > horizon)
            {
                break;
            }

            if (filter is not null && !filter.Matches(customer))
            {
                continue;
            }

            if (items.Count == size)
            {
                return new CustomerPage(items, HasMore: true);
            }

            items.Add(customer);
        }

        return new CustomerPage(items, HasMore: false);
    }
}
