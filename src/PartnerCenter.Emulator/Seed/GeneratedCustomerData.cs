namespace PartnerCenter.Emulator.Seed;

/// <summary>
/// The word lists generated customers are made from. Company names are Microsoft's fictitious company names with a
/// line of business after them, so that prefixes are shared by several customers ("Northwind" finds every Northwind
/// company) and first letters spread over the alphabet. None starts with "Cont", "Fourth Coffee" or "Wingtip": the
/// documented searches (company names starting with "Cont", customers of one indirect reseller) must find exactly
/// the documented customers of the built-in seed.
/// </summary>
internal static class GeneratedCustomerData
{
    public static readonly string[] CompanyNames =
    [
        "Adatum", "Adventure Works", "Alpine Ski House", "Bellows College", "Best For You Organics", "Blue Yonder Airlines",
        "City Power & Light", "Coho Winery", "Consolidated Messenger", "Fabrikam", "First Up Consultants",
        "Graphic Design Institute", "Humongous Insurance", "Lamna Healthcare", "Litware", "Lucerne Publishing",
        "Margie's Travel", "Munson's Pickles and Preserves", "Nod Publishers", "Northwind Traders", "Proseware",
        "Relecloud", "School of Fine Art", "Southridge Video", "Tailspin Toys", "Trey Research", "VanArsdel",
        "Wide World Importers", "Woodgrove Bank",
    ];

    /// <summary>What follows the company name; empty for the bare name.</summary>
    public static readonly string[] LinesOfBusiness =
    [
        "", "Holdings", "Labs", "Retail", "Logistics", "Health", "Studios", "Energy", "Foods", "Partners", "Systems", "Group",
    ];

    public static readonly string[] FirstNames =
    [
        "Avery", "Blake", "Casey", "Dana", "Emery", "Finley", "Harper", "Jordan", "Kai", "Logan", "Morgan", "Noor",
        "Parker", "Quinn", "Riley", "Sasha", "Taylor", "Yuki",
    ];

    public static readonly string[] LastNames =
    [
        "Adams", "Becker", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski",
        "Larsen", "Martin", "Nakamura", "Okafor", "Patel", "Rossi", "Silva", "Tanaka", "Weber",
    ];

    public static readonly string[] Streets =
    [
        "Main Street", "Harbour Road", "Station Square", "Park Avenue", "Market Lane", "Lake View", "Hill Road", "River Walk",
    ];

    public static readonly string[] Tags = ["Enterprise", "SMB", "Priority", "Renewal"];

    /// <summary>
    /// Where generated customers are. Only countries without the documented registration-number or phone-number
    /// requirements, so every generated customer is one that "Create a customer" would also accept.
    /// </summary>
    public static readonly GeneratedLocation[] Locations =
    [
        new("US", "WA", "Redmond", "WA", "98052", "en-US", "en"),
        new("US", "NY", "New York", "NY", "10001", "en-US", "en"),
        new("CA", "ON", "Toronto", "ON", "M5H 2N2", "en-CA", "en"),
        new("GB", null, "London", null, "SW1A 1AA", "en-GB", "en"),
        new("DE", null, "Berlin", null, "10117", "de-DE", "de"),
        new("FR", null, "Paris", null, "75001", "fr-FR", "fr"),
        new("NL", null, "Amsterdam", null, "1012 JS", "nl-NL", "nl"),
        new("JP", null, "Tokyo", null, "100-0001", "ja-JP", "ja"),
        new("AU", null, "Sydney", null, "2000", "en-AU", "en"),
    ];

    /// <summary>
    /// Indirect resellers and the indirect providers they buy through, for the IndirectReseller and
    /// IndirectCloudSolutionProvider searches. No id shares a prefix with the documented indirect reseller
    /// (484e548c-...), so the documented search finds only the documented customers.
    /// </summary>
    public static readonly (string ResellerId, string ProviderId)[] IndirectResellers =
    [
        ("1f0c2a4e-6b8d-4e1f-9a3c-5d7e9f1b3c5d", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"),
        ("2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"),
        ("3b2c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "8e7f6a5b-4c3d-4e2f-9a1b-0c9d8e7f6a5b"),
    ];
}

/// <summary>A city generated customers can be in, with the culture and language its billing profiles use.</summary>
internal sealed record GeneratedLocation(
    string Country, string? Region, string City, string? State, string PostalCode, string Culture, string Language);
