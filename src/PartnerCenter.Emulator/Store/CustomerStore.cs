using System.Diagnostics.CodeAnalysis;

namespace PartnerCenter.Emulator.Store;

/// <summary>
/// The customers the emulator serves, shared by all requests. Copy-on-write: the whole state is one immutable
/// <see cref="CustomerStoreState"/>; readers take the current one without locking, writers build the next one and
/// swap it in under a lock. One lock for all writers keeps read-check-write sequences (an ETag compared, then the
/// profile replaced; a domain checked, then the customer added) atomic, so concurrent writers cannot lose updates.
/// </summary>
internal sealed class CustomerStore
{
    private readonly Lock _writeLock = new();
    private CustomerStoreState _state = CustomerStoreState.Empty;

    public CustomerStore(IEnumerable<StoredCustomer> customers)
    {
        foreach (var customer in customers)
        {
            _state = _state.Add(customer, out _);
        }
    }

    /// <summary>The current state; it never changes, later writes make new ones.</summary>
    public CustomerStoreState Snapshot => Volatile.Read(ref _state);

    public bool TryFind(Guid tenantId, [NotNullWhen(true)] out StoredCustomer? customer) =>
        Snapshot.ByTenantId.TryGetValue(tenantId, out customer);

    /// <summary>Adds a customer at the end of the list order, unless its primary domain is taken.</summary>
    public bool TryAdd(StoredCustomer customer, [NotNullWhen(true)] out StoredCustomer? added)
    {
        lock (_writeLock)
        {
            if (_state.IsDomainTaken(customer.SearchKeys.Domain) || _state.ByTenantId.ContainsKey(customer.TenantId))
            {
                added = null;
                return false;
            }

            Volatile.Write(ref _state, _state.Add(customer, out added));
            return true;
        }
    }

    /// <summary>
    /// Runs <paramref name="decide"/> on the current customer (null when there is none) under the write lock, stores
    /// its replacement if it made one, and returns its outcome. Keep <paramref name="decide"/> short and free of I/O.
    /// </summary>
    public TOutcome Change<TOutcome>(Guid tenantId, Func<StoredCustomer?, StoreChange<TOutcome>> decide)
    {
        lock (_writeLock)
        {
            var current = _state.ByTenantId.GetValueOrDefault(tenantId);
            var change = decide(current);
            if (change.Replacement is { } replacement)
            {
                if (current is null || replacement.TenantId != tenantId)
                {
                    throw new InvalidOperationException("A change can only replace the customer it was given.");
                }

                Volatile.Write(ref _state, _state.Replace(replacement));
            }

            return change.Outcome;
        }
    }

    public bool TryRemove(Guid tenantId)
    {
        lock (_writeLock)
        {
            if (!_state.ByTenantId.TryGetValue(tenantId, out var customer))
            {
                return false;
            }

            Volatile.Write(ref _state, _state.Remove(customer));
            return true;
        }
    }
}
