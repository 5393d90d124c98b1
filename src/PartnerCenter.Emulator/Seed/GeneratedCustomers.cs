using System.Globalization;
using System.Text;
using PartnerCenter.Emulator.Requests;
using PartnerCenter.Emulator.Resources;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Seed;

/// <summary>
/// Made-up customers added after the seed so that the list needs several pages. Generated from a fixed seed: the
/// same ids, names and domains on every run. Every seventh has no delegated admin access; every fifth belongs to an
/// indirect reseller.
/// </summary>
internal static class GeneratedCustomers
{
    private const ulong FixedSeed = 0x5043_4355_5354_4D52; // "PCCUSTMR"

    public static IReadOnlyList<StoredCustomer> Create(int count, Func<string, bool> isDomainTaken)
    {
        var random = new DeterministicRandom(FixedSeed);
        var customers = new List<StoredCustomer>(count);
        for (var index = 1; index <= count; index++)
        {
            customers.Add(CreateOne(index, random, isDomainTaken));
        }

        return customers;
    }

    private static StoredCustomer CreateOne(int index, DeterministicRandom random, Func<string, bool> isDomainTaken)
    {
        var tenantId = random.NextGuid();
        var companyName = CompanyName(random);
        var domain = FreeDomain(companyName, index, isDomainTaken);
        var location = random.Pick(GeneratedCustomerData.Locations);
        var firstName = random.Pick(GeneratedCustomerData.FirstNames);
        var lastName = random.Pick(GeneratedCustomerData.LastNames);
        var street = string.Create(CultureInfo.InvariantCulture, $"{1 + random.Next(200)} {random.Pick(GeneratedCustomerData.Streets)}");
        var phone = random.Digits(10);
        var delegatedAdminAccess = index % 7 != 0;
        var (resellerId, providerId) = index % 5 == 0 ? random.Pick(GeneratedCustomerData.IndirectResellers) : (null, null);

        var billingAddress = new AddressInput(
            Country: location.Country,
            City: location.City,
            State: location.State,
            AddressLine1: street,
            PostalCode: location.PostalCode,
            FirstName: firstName,
            LastName: lastName,
            PhoneNumber: phone);
        var facts = new CustomerFacts(
            tenantId,
            CommerceId: random.NextGuid(),
            domain,
            companyName,
            OrganizationRegistrationNumber: null,
            CompanyEmail: "admin@" + domain,
            CompanyAddress: new AddressInput(
                Country: location.Country, Region: location.Region, City: location.City, AddressLine1: street, PostalCode: location.PostalCode, PhoneNumber: phone),
            BillingProfileId: random.NextGuid(),
            new BillingProfileInput(
                firstName,
                lastName,
                $"{firstName}.{lastName}@{domain}".ToLowerInvariant(),
                location.Culture,
                location.Language,
                companyName,
                billingAddress),
            BillingEtag: Etags.Format(random.NextUInt64()),
            RelationshipToPartner: "reseller",
            AllowDelegatedAccess: delegatedAdminAccess,
            EnableGdapByDefault: null,
            AssociatedPartnerId: resellerId,
            Tags: Tags(random));
        return StoredCustomer.Create(tenantId, CustomerJson.Full(facts), delegatedAdminAccess, providerId);
    }

    private static string CompanyName(DeterministicRandom random)
    {
        var name = random.Pick(GeneratedCustomerData.CompanyNames);
        var lineOfBusiness = random.Pick(GeneratedCustomerData.LinesOfBusiness);
        return lineOfBusiness.Length == 0 ? name : $"{name} {lineOfBusiness}";
    }

    /// <summary>The company name's letters and digits, the customer's number, and the sandbox-style <c>onmicrosoft.com</c>.</summary>
    private static string FreeDomain(string companyName, int index, Func<string, bool> isDomainTaken)
    {
        var label = new StringBuilder();
        foreach (var character in companyName)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                label.Append(char.ToLowerInvariant(character));
            }
        }

        label.Append(index.ToString("D3", CultureInfo.InvariantCulture));
        var domain = label + ".onmicrosoft.com";
        // Only a custom seed can hold the same name; then the next free variant is used.
        for (var variant = 2; isDomainTaken(domain); variant++)
        {
            domain = string.Create(CultureInfo.InvariantCulture, $"{label}x{variant}.onmicrosoft.com");
        }

        return domain;
    }

    private static string[] Tags(DeterministicRandom random) => random.Next(3) switch
    {
        0 => [],
        1 => [random.Pick(GeneratedCustomerData.Tags)],
        _ => ["Generated", random.Pick(GeneratedCustomerData.Tags)],
    };
}
