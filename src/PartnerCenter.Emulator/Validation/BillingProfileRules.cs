using System.Text.RegularExpressions;
using PartnerCenter.Emulator.Requests;

namespace PartnerCenter.Emulator.Validation;

/// <summary>
/// What a billing profile needs, for a new customer and for an update alike: the contact email, the culture, the
/// language, the company name and a valid default address. The culture is written in its usual form ("EN-US", as the
/// documented create request sends it, becomes "en-US", as the documented answer has it), the language in lower case.
/// </summary>
internal static partial class BillingProfileRules
{
    public static ValidationProblem? Check(BillingProfileInput? profile, string path, out BillingProfileInput normalized)
    {
        normalized = profile ?? new BillingProfileInput();
        if (profile is null)
        {
            return ValidationProblem.Missing(path);
        }

        if (string.IsNullOrWhiteSpace(profile.Email))
        {
            return ValidationProblem.Missing(path + ".email");
        }

        if (!Email().IsMatch(profile.Email!))
        {
            return ValidationProblem.Invalid(path + ".email", "must be an email address");
        }

        if (string.IsNullOrWhiteSpace(profile.Culture))
        {
            return ValidationProblem.Missing(path + ".culture");
        }

        if (!Culture().IsMatch(profile.Culture!))
        {
            return ValidationProblem.Invalid(path + ".culture", "must be a culture name such as en-US");
        }

        if (string.IsNullOrWhiteSpace(profile.Language))
        {
            return ValidationProblem.Missing(path + ".language");
        }

        if (!Language().IsMatch(profile.Language!))
        {
            return ValidationProblem.Invalid(path + ".language", "must be a language code such as en");
        }

        if (string.IsNullOrWhiteSpace(profile.CompanyName))
        {
            return ValidationProblem.Missing(path + ".companyName");
        }

        if (profile.DefaultAddress is null)
        {
            return ValidationProblem.Missing(path + ".defaultAddress");
        }

        if (AddressRules.Check(profile.DefaultAddress, path + ".defaultAddress", out var address) is { } addressProblem)
        {
            return addressProblem;
        }

        normalized = profile with
        {
            Culture = NormalCulture(profile.Culture!),
            Language = profile.Language!.ToLowerInvariant(),
            DefaultAddress = address,
        };
        return null;
    }

    /// <summary>Language subtag in lower case, a four-letter script in title case, a region in upper case: en-US, zh-Hans-CN.</summary>
    private static string NormalCulture(string culture)
    {
        var parts = culture.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length == 4
                ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].ToUpperInvariant();
        }

        return string.Join('-', parts);
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?-[A-Za-z]{2}$")]
    private static partial Regex Culture();

    [GeneratedRegex("^[A-Za-z]{2,3}$")]
    private static partial Regex Language();
}
