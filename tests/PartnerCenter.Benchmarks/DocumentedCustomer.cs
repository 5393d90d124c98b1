namespace PartnerCenter.Benchmarks;

/// <summary>The documented "Get a customer by ID" response body (spec/samples, copied beside the benchmarks).</summary>
internal static class DocumentedCustomer
{
    public const string Id = "aaaabbbb-0000-cccc-1111-dddd2222eeee";

    public static byte[] Utf8 { get; } = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "get-customer-by-id.response.json"));

    /// <summary>The body's length as a <c>Content-Length</c> value.</summary>
    public static string Length { get; } = Utf8.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
