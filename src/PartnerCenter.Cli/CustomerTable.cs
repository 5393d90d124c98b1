using System.Text;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>The customer as a two-column table of the fields a person looks for, in a fixed order.</summary>
internal static class CustomerTable
{
    // Shown where the service left a value out, which it does for several fields without delegated access.
    private const string NotReturned = "(not returned)";

    public static string Write(Customer customer)
    {
        var rows = Rows(customer);
        var width = Math.Max("Field".Length, rows.Max(row => row.Field.Length));
        var text = new StringBuilder();
        AppendRow(text, width, "Field", "Value");
        AppendRow(text, width, new string('-', width), new string('-', rows.Max(row => row.Value.Length)));
        foreach (var (field, value) in rows)
        {
            AppendRow(text, width, field, value);
        }

        return text.ToString().TrimEnd();
    }

    private static List<(string Field, string Value)> Rows(Customer customer)
    {
        var company = customer.CompanyProfile;
        var billing = customer.BillingProfile;
        return
        [
            ("Customer tenant id", customer.Id),
            ("Commerce id", Show(customer.CommerceId)),
            ("Relationship", Show(customer.RelationshipToPartner?.Value)),
            ("Delegated access", Show(customer.AllowDelegatedAccess)),
            ("Company name", Show(company?.CompanyName)),
            ("Domain", Show(company?.Domain)),
            ("Company email", Show(company?.Email)),
            ("Company address", Show(OneLine(company?.Address))),
            ("Company phone", Show(company?.Address?.PhoneNumber)),
            ("Billing contact", Show(Join(" ", billing?.FirstName, billing?.LastName))),
            ("Billing email", Show(billing?.Email)),
            ("Billing company", Show(billing?.CompanyName)),
            ("Billing culture", Show(Join(" / ", billing?.Culture, billing?.Language))),
            ("Billing address", Show(OneLine(billing?.DefaultAddress))),
            ("Custom domains", Show(customer.CustomDomains)),
            ("Tags", Show(customer.Tags)),
        ];
    }

    private static void AppendRow(StringBuilder text, int width, string field, string value) =>
        text.Append(field.PadRight(width)).Append("  ").Append(value).Append('\n');

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? NotReturned : OneLineText(value);

    private static string Show(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => NotReturned,
    };

    private static string Show(IReadOnlyList<string>? values) => values is null ? NotReturned : values.Count == 0 ? "(none)" : string.Join(", ", values);

    private static string? OneLine(Address? address) =>
        address is null
            ? null
            : Join(", ", address.AddressLine1, address.AddressLine2, address.AddressLine3, address.City, Join(" ", address.State ?? address.Region, address.PostalCode), address.Country);

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(part => !string.IsNullOrWhiteSpace(part)).ToArray();
        return present.Length == 0 ? null : string.Join(separator, present);
    }

    // A value with a line break would break the table's layout (and could forge rows).
    private static string OneLineText(string value) => value.ReplaceLineEndings(" ");
}
