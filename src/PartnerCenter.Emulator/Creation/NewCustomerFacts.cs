using PartnerCenter.Emulator.Requests;
using PartnerCenter.Emulator.Resources;

namespace PartnerCenter.Emulator.Creation;

/// <summary>
/// What the service makes of a validated new customer: new ids for the tenant, the commerce account and the billing
/// profile, the company profile filled in from the billing profile (its company name, email and address, without the
/// contact's names), and a reseller relationship with delegated admin access, as a customer created by its partner has.
/// </summary>
internal static class NewCustomerFacts
{
    public static CustomerFacts From(NewCustomerInput customer, string etag)
    {
        var companyProfile = customer.CompanyProfile!;
        var billingProfile = customer.BillingProfile!;
        var address = billingProfile.DefaultAddress!;
        return new CustomerFacts(
            TenantId: Guid.NewGuid(),
            CommerceId: Guid.NewGuid(),
            Domain: companyProfile.Domain!,
            CompanyName: billingProfile.CompanyName!,
            companyProfile.OrganizationRegistrationNumber,
            CompanyEmail: billingProfile.Email!,
            CompanyAddress: address with { FirstName = null, MiddleName = null, LastName = null },
            BillingProfileId: Guid.NewGuid(),
            // The documented answer has "phoneNumber": "" for a request that sent none.
            billingProfile with { DefaultAddress = address with { PhoneNumber = address.PhoneNumber ?? string.Empty } },
            BillingEtag: etag,
            RelationshipToPartner: "reseller",
            AllowDelegatedAccess: true,
            EnableGdapByDefault: customer.EnableGDAPByDefault,
            AssociatedPartnerId: customer.AssociatedPartnerId,
            Tags: []);
    }
}
