using PartnerCenter.Customers;
using static PartnerCenter.Cli.FieldTable;

namespace PartnerCenter.Cli;

/// <summary>The customer as a two-column table of the fields a person looks for, in a fixed order.</summary>
internal static class CustomerTable
{
    public static string Write(Customer customer)
    {
        var company = customer.CompanyProfile;
        var billing = customer.BillingProfile;
        List<(string, string)> rows =
        [
            ("Customer tenant id", OneLineText(customer.Id)),
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
        if (customer.UserCredentials is { } credentials)
        {
            // Only a new customer carries them, once: the service never returns the password again.
            rows.Add(("Admin user", Show(credentials.UserName)));
            rows.Add(("Admin password", Show(credentials.Password)));
        }

        return FieldTable.Write(rows);
    }
}
