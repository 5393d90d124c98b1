using System.Text.RegularExpressions;
using PartnerCenter.Emulator.Requests;

namespace PartnerCenter.Emulator.Validation;

/// <summary>
/// What an address needs: a first street line, a city and a two-letter country (the spec's <c>Address</c> bounds:
/// street line 1 to 200 characters, state at most 2, contact names 1 to 50). The country is written in upper case.
/// </summary>
internal static partial class AddressRules
{
    public static ValidationProblem? Check(AddressInput address, string path, out AddressInput normalized)
    {
        normalized = address;
        if (string.IsNullOrWhiteSpace(address.AddressLine1))
        {
            return ValidationProblem.Missing(path + ".addressLine1");
        }

        if (address.AddressLine1!.Length > 200)
        {
            return ValidationProblem.Invalid(path + ".addressLine1", "must be at most 200 characters");
        }

        if (string.IsNullOrWhiteSpace(address.City))
        {
            return ValidationProblem.Missing(path + ".city");
        }

        if (string.IsNullOrWhiteSpace(address.Country))
        {
            return ValidationProblem.Missing(path + ".country");
        }

        if (!TwoLetters().IsMatch(address.Country!))
        {
            return ValidationProblem.Invalid(path + ".country", "must be a two-letter ISO 3166-1 country code");
        }

        if (address.State is { Length: > 2 })
        {
            return ValidationProblem.Invalid(path + ".state", "must be an abbreviation of at most two characters");
        }

        if ((NameProblem(address.FirstName, path + ".firstName") ?? NameProblem(address.LastName, path + ".lastName")) is { } nameProblem)
        {
            return nameProblem;
        }

        if (address.PhoneNumber is { } phone && !PhoneNumber().IsMatch(phone))
        {
            return ValidationProblem.Invalid(path + ".phoneNumber", "may hold only digits, spaces and + - ( ) .");
        }

        normalized = address with { Country = address.Country!.ToUpperInvariant() };
        return null;
    }

    private static ValidationProblem? NameProblem(string? name, string path) =>
        name is not null && (name.Length > 50 || string.IsNullOrWhiteSpace(name))
            ? ValidationProblem.Invalid(path, "must be 1 to 50 characters")
            : null;

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex TwoLetters();

    [GeneratedRegex(@"^[0-9+\-() .]*$")]
    private static partial Regex PhoneNumber();
}
