using System.Text.Json;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>The customer as the generated JSON context writes it, indented for reading.</summary>
internal static class CustomerJson
{
    private static readonly PartnerCenterCustomersJsonContext Indented =
        new(new JsonSerializerOptions(PartnerCenterCustomersJsonContext.Default.Options)
        {
            WriteIndented = true,
            // A terminal, not an HTML page: "München" reads better than "M\u00FCnchen", and the JSON means the same.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    public static string Write(Customer customer) => JsonSerializer.Serialize(customer, Indented.Customer);
}
