using System.Collections.Immutable;

namespace PartnerCenter.Emulator.Store;

/// <summary>
/// Everything the store holds at one moment, immutable: a request that reads a snapshot (a page of the list, a
/// customer) sees one consistent state however many writers change the store meanwhile.
/// </summary>
internal sealed class CustomerStoreState
{
    public static readonly CustomerStoreState Empty = new(
        ImmutableDictionary<Guid, StoredCustomer>.Empty,
        [],
        ImmutableDictionary.Create<string, Guid>(StringComparer.OrdinalIgnoreCase),
        nextPosition: 0);

    private CustomerStoreState(
        ImmutableDictionary<Guid, StoredCustomer> byTenantId,
        ImmutableList<StoredCustomer> inListOrder,
        ImmutableDictionary<string, Guid> tenantByDomain,
        long nextPosition)
    {
        ByTenantId = byTenantId;
        InListOrder = inListOrder;
        TenantByDomain = tenantByDomain;
        NextPosition = nextPosition;
    }

    public ImmutableDictionary<Guid, StoredCustomer> ByTenantId { get; }

    /// <summary>The customers by ascending <see cref="StoredCustomer.Position"/>: the order of the list operation.</summary>
    public ImmutableList<StoredCustomer> InListOrder { get; }

    /// <summary>Primary domains in use, compared without regard to case as DNS names are.</summary>
    public ImmutableDictionary<string, Guid> TenantByDomain { get; }

    /// <summary>The position the next added customer gets; positions are never reused, even after a deletion.</summary>
    public long NextPosition { get; }

    /// <summary>The highest position given so far (-1 for none): the end of a list that starts now.</summary>
    public long LastPosition => NextPosition - 1;

    public int Count => InListOrder.Count;

    public bool IsDomainTaken(string domain) => domain.Length > 0 && TenantByDomain.ContainsKey(domain);

    public CustomerStoreState Add(StoredCustomer customer, out StoredCustomer added)
    {
        added = customer.WithPosition(NextPosition);
        var domain = added.SearchKeys.Domain;
        return new CustomerStoreState(
            ByTenantId.Add(added.TenantId, added),
            InListOrder.Add(added),
            domain.Length == 0 || TenantByDomain.ContainsKey(domain) ? TenantByDomain : TenantByDomain.Add(domain, added.TenantId),
            NextPosition + 1);
    }

    /// <summary>Puts a changed customer in place of the one with its tenant id, at the same position.</summary>
    public CustomerStoreState Replace(StoredCustomer changed)
    {
        var current = ByTenantId[changed.TenantId];
        if (changed.Position != current.Position)
        {
            throw new InvalidOperationException("A changed customer keeps its list position.");
        }

        return new CustomerStoreState(
            ByTenantId.SetItem(changed.TenantId, changed),
            InListOrder.SetItem(IndexOf(current.Position), changed),
            TenantByDomain,
            NextPosition);
    }

    public CustomerStoreState Remove(StoredCustomer customer)
    {
        var domain = customer.SearchKeys.Domain;
        var ownsDomain = domain.Length > 0 && TenantByDomain.TryGetValue(domain, out var owner) && owner == customer.TenantId;
        return new CustomerStoreState(
            ByTenantId.Remove(customer.TenantId),
            InListOrder.RemoveAt(IndexOf(customer.Position)),
            ownsDomain ? TenantByDomain.Remove(domain) : TenantByDomain,
            NextPosition);
    }

    /// <summary>The index in <see cref="InListOrder"/> of the first customer whose position is above <paramref name="position"/>.</summary>
    public int IndexAfter(long position)
    {
        // Binary search over the list's indexer: positions ascend, and a deletion leaves gaps but never reorders.
        int low = 0, high = InListOrder.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (InListOrder[middle].Position <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private int IndexOf(long position)
    {
        var index = IndexAfter(position - 1);
        return index < InListOrder.Count && InListOrder[index].Position == position
            ? index
            : throw new InvalidOperationException($"No customer at list position {position}.");
    }
}
