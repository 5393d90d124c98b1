using System.Text.RegularExpressions;
using PartnerCenter.Emulator.Requests;

namespace PartnerCenter.Emulator.Validation;

/// <summary>
/// What "Create a customer" needs before anything is stored: a company profile with the new tenant's domain, a valid
/// billing profile, the country's rules, and an indirect reseller id that is a GUID when given. Whether the domain is
/// still free is decided by the store, atomically with adding the customer.
/// </summary>
internal static partial class NewCustomerRules
{
    public static ValidationProblem? Check(NewCustomerInput input, out NewCustomerInput normalized)
    {
        normalized = input;
        if (input.CompanyProfile is null)
        {
            return ValidationProblem.Missing("companyProfile");
        }

        if (string.IsNullOrWhiteSpace(input.CompanyProfile.Domain))
        {
            return ValidationProblem.Missing("companyProfile.domain");
        }

        if (!IsDomainName(input.CompanyProfile.Domain))
        {
            return ValidationProblem.Invalid("companyProfile.domain", "must be a domain name such as contoso.onmicrosoft.com");
        }

        if (BillingProfileRules.Check(input.BillingProfile, "billingProfile", out var billingProfile) is { } billingProblem)
        {
            return billingProblem;
        }

        if (input.AssociatedPartnerId is { } partnerId && !Guid.TryParse(partnerId, out _))
        {
            return ValidationProblem.Invalid("associatedPartnerId", "must be the indirect reseller's tenant id (a GUID)");
        }

        var address = billingProfile.DefaultAddress!;
        if (CountryRules.Check(address.Country!, input.CompanyProfile.OrganizationRegistrationNumber, address.PhoneNumber) is { } countryProblem)
        {
            return countryProblem;
        }

        normalized = input with { BillingProfile = billingProfile };
        return null;
    }

    /// <summary>At least two dot-separated labels of letters, digits and inner hyphens, 1 to 63 characters each, 253 in all.</summary>
    private static bool IsDomainName(string domain) =>
        domain.Length <= 253 && DomainName().IsMatch(domain);

    [GeneratedRegex(@"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex DomainName();
}
