using PartnerCenter.Customers;
using static PartnerCenter.Cli.FieldTable;

namespace PartnerCenter.Cli;

/// <summary>The company profile, billing profile and qualifications as tables.</summary>
internal static class ProfileTables
{
    public static string Write(CustomerCompanyProfile profile) => FieldTable.Write(
    [
        ("Customer tenant id", OneLineText(profile.TenantId)),
        ("Domain", OneLineText(profile.Domain)),
        ("Company name", Show(profile.CompanyName)),
        ("Registration number", Show(profile.OrganizationRegistrationNumber)),
        ("Email", Show(profile.Email)),
        ("Address", Show(OneLine(profile.Address))),
        ("Phone", Show(profile.Address?.PhoneNumber)),
    ]);

    public static string Write(CustomerBillingProfile profile) => FieldTable.Write(
    [
        ("Billing profile id", Show(profile.Id)),
        ("Contact", Show(Join(" ", profile.FirstName, profile.LastName))),
        ("Email", Show(profile.Email)),
        ("Company name", Show(profile.CompanyName)),
        ("Culture", Show(Join(" / ", profile.Culture, profile.Language))),
        ("Address", Show(OneLine(profile.DefaultAddress))),
        ("Phone", Show(profile.DefaultAddress?.PhoneNumber)),
        ("ETag", Show(profile.Attributes?.Etag)),
    ]);

    public static string Write(CustomerQualification qualification) => Write([qualification]);

    public static string Write(IReadOnlyList<CustomerQualification> qualifications) =>
        qualifications.Count == 0
            ? "(no qualifications)"
            : Columns.Write(
                ["Qualification", "Vetting status", "Applied", "Reason"],
                [.. qualifications.Select(q => new[]
                {
                    OneLineText(q.Qualification.Value),
                    q.VettingStatus is { } status ? OneLineText(status.Value) : "-",
                    (q.VettingCreateDate ?? q.VettingCreatedDate) is { } date ? Show(date) : "-",
                    string.IsNullOrEmpty(q.VettingReason) ? "-" : OneLineText(q.VettingReason),
                })]);
}
