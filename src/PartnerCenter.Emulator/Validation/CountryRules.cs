using PartnerCenter.Emulator.Errors;

namespace PartnerCenter.Emulator.Validation;

/// <summary>
/// The documented country-specific rules for new customers. The lists are those the spec quotes: the countries the
/// "Create a customer" page names for the registration number (it says "and others", so a real service may require it
/// elsewhere too), and the countries the error codes page names for the phone number. The per-country formats of the
/// registration number (error 600050) are not documented, so they are not checked.
/// </summary>
internal static class CountryRules
{
    private static readonly HashSet<string> RegistrationNumberCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "AM", "AZ", "BY", "HU", "KZ", "KG", "MD", "RU", "TJ", "UZ", "UA", "BR", "IN", "ZA", "PL",
    };

    private static readonly HashSet<string> PhoneNumberCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "AM", "AZ", "BY", "HU", "IN", "KZ", "KG", "MD", "RU", "TJ", "UZ", "UA",
    };

    public static ValidationProblem? Check(string country, string? organizationRegistrationNumber, string? phoneNumber)
    {
        var requiresRegistrationNumber = RegistrationNumberCountries.Contains(country);
        if (requiresRegistrationNumber && string.IsNullOrWhiteSpace(organizationRegistrationNumber))
        {
            return ValidationProblem.CountryRule(
                PartnerCenterErrorCodes.RegistrationNumberRequired,
                $"companyProfile.organizationRegistrationNumber is required for companies in {country}.");
        }

        if (!requiresRegistrationNumber && organizationRegistrationNumber is not null)
        {
            return ValidationProblem.CountryRule(
                PartnerCenterErrorCodes.RegistrationNumberNotAccepted,
                $"companyProfile.organizationRegistrationNumber is not accepted for companies in {country}.");
        }

        if (PhoneNumberCountries.Contains(country) && string.IsNullOrWhiteSpace(phoneNumber))
        {
            return ValidationProblem.CountryRule(
                PartnerCenterErrorCodes.PhoneNumberRequired,
                $"billingProfile.defaultAddress.phoneNumber is required for customers in {country}.");
        }

        return null;
    }
}
