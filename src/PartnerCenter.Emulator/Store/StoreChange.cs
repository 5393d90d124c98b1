namespace PartnerCenter.Emulator.Store;

/// <summary>
/// What a change decided under the store's lock: the customer to store in place of the current one (null to store
/// nothing, for a refused change) and the outcome to hand back to the caller.
/// </summary>
internal readonly record struct StoreChange<TOutcome>(StoredCustomer? Replacement, TOutcome Outcome)
{
    public static StoreChange<TOutcome> Refuse(TOutcome outcome) => new(null, outcome);

    public static StoreChange<TOutcome> Store(StoredCustomer replacement, TOutcome outcome) => new(replacement, outcome);
}
