using System.Text.Encodings.Web;
using System.Text.Json;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>The generated JSON context, configured for what the tool writes and reads.</summary>
internal static class JsonText
{
    // A terminal, not an HTML page: "München" reads better than "M\u00FCnchen", and the JSON means the same.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Indented, as <c>-o json</c> prints a resource.</summary>
    public static PartnerCenterCustomersJsonContext Indented { get; } =
        new(new JsonSerializerOptions(PartnerCenterCustomersJsonContext.Default.Options) { WriteIndented = true, Encoder = Encoder });

    /// <summary>One line per resource, as <c>-o ndjson</c> prints them (a line break inside a value is escaped).</summary>
    public static PartnerCenterCustomersJsonContext Compact { get; } =
        new(new JsonSerializerOptions(PartnerCenterCustomersJsonContext.Default.Options) { WriteIndented = false, Encoder = Encoder });

    /// <summary>
    /// For input files: member names in any case, as the service reads them (the documented request bodies are
    /// PascalCase, the API description camelCase). Otherwise strict JSON: no comments, no trailing commas.
    /// </summary>
    public static PartnerCenterCustomersJsonContext Input { get; } =
        new(new JsonSerializerOptions(PartnerCenterCustomersJsonContext.Default.Options) { PropertyNameCaseInsensitive = true });
}
