using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Listing;

/// <summary>
/// A search over the customers: those whose <see cref="Field"/> starts with <see cref="Value"/>, ignoring case, the
/// only operator (<c>starts_with</c>) the customers list supports.
/// </summary>
internal sealed record CustomerFilter(CustomerSearchField Field, string Value)
{
    /// <summary>Longest accepted value; also bounds the size of a continuation token, which carries the filter.</summary>
    public const int MaximumValueLength = 256;

    public bool Matches(StoredCustomer customer)
    {
        var keys = customer.SearchKeys;
        var candidate = Field switch
        {
            CustomerSearchField.CompanyName => keys.CompanyName,
            CustomerSearchField.Domain => keys.Domain,
            CustomerSearchField.IndirectReseller => keys.IndirectResellerId,
            CustomerSearchField.IndirectCloudSolutionProvider => keys.IndirectCloudSolutionProviderId,
            _ => string.Empty,
        };
        return candidate.StartsWith(Value, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The documented search fields. The numbers are part of the continuation token format: do not renumber.</summary>
internal enum CustomerSearchField : byte
{
    CompanyName = 1,
    Domain = 2,
    IndirectReseller = 3,
    IndirectCloudSolutionProvider = 4,
}
