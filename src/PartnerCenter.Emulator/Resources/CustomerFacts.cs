using PartnerCenter.Emulator.Requests;

namespace PartnerCenter.Emulator.Resources;

/// <summary>Everything a new customer resource is made from, whether generated at start or created by a request.</summary>
internal sealed record CustomerFacts(
    Guid TenantId,
    Guid CommerceId,
    string Domain,
    string CompanyName,
    string? OrganizationRegistrationNumber,
    string CompanyEmail,
    AddressInput CompanyAddress,
    Guid BillingProfileId,
    BillingProfileInput BillingProfile,
    string BillingEtag,
    string RelationshipToPartner,
    bool AllowDelegatedAccess,
    bool? EnableGdapByDefault,
    string? AssociatedPartnerId,
    IReadOnlyList<string> Tags);
