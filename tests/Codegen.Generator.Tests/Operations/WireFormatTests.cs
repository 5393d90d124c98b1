namespace Codegen.Generator.Tests.Operations;

/// <summary>
/// Values reach the wire as the description means them: dates as RFC 3339, enums as their wire text,
/// form objects as name=value pairs; what Refit cannot write right becomes a string the caller formats,
/// with a warning. Path templates Refit could not match are made safe. Every method is built by Refit's
/// generator without reflection (RF006 is an error in the test compile).
/// </summary>
public sealed class WireFormatTests
{
    private static readonly string[] ExpectedWarnings =
    [
        "wire-formats.yaml(16,11): warning OAG0007: The query parameter 'filter' is an object, which Refit would send under its C# property names; it is generated as a dictionary from the property names on the wire to values. Nothing to fix: fill the dictionary with the object's properties",
        "wire-formats.yaml(19,11): warning OAG0007: The header parameter 'X-Ids' is an array or object, which Refit cannot write into a header; it is generated as a string parameter that the caller formats. Pass the value formatted in the simple style (values separated by commas)",
        "wire-formats.yaml(20,11): warning OAG0007: The header parameter 'X-When' is a date or fractional number, which Refit would write in the current culture; it is generated as a string parameter that the caller formats. Pass the value formatted culture-invariantly (dates as RFC 3339)",
        "wire-formats.yaml(27,11): warning OAG0007: The path parameter 'ids' is an array or object, which Refit cannot write into a path; it is generated as a string parameter that the caller formats. Pass the value formatted in the simple style (values separated by commas)",
        "wire-formats.yaml(29,11): warning OAG0007: The path parameter 'ghost' does not appear in the path '/shelves/{ids}/items/{item\"*/}'; it is not generated. Add {ghost} to the path, or remove the parameter",
        "wire-formats.yaml(34,7): warning OAG0007: The path placeholder {undeclared} has no parameter declared; it is generated as a required string parameter. Declare it: { name: undeclared, in: path, required: true, schema: { type: string } }",
    ];

    private static readonly Lazy<GeneratedApi> Api = new(() => GeneratedApi.FromSpec("wire-formats.yaml", expectedDiagnostics: ExpectedWarnings));

    [Fact]
    public void What_Refit_cannot_write_right_is_a_located_warning() => Assert.Equal(ExpectedWarnings, Api.Value.Diagnostics);

    [Fact]
    public async Task Dates_enums_and_form_objects_reach_the_query_and_path_as_the_description_means()
    {
        var at = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var (request, _) = await Api.Value.CallAsync("IWireApi", "GetEventsAsync", new Dictionary<string, object?>
        {
            ["day"] = new DateOnly(2024, 5, 6),
            ["at"] = at,
            ["since"] = at,
            ["days"] = new[] { new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2) },
            ["status"] = Api.Value.EnumValue("Status", "Inactive"),
            ["statuses"] = Api.Value.EnumArray("Status", "Active", "Inactive"),
            ["filter"] = new Dictionary<string, string> { ["min_size"] = "3", ["name"] = "rex" },
            ["anything"] = "free",
            ["xStatus"] = Api.Value.EnumValue("Status", "Active"),
            ["xIds"] = "1,2",
            ["xWhen"] = "2024-01-02T03:04:05Z",
        });

        Assert.Equal("/events/2024-05-06/2024-01-02T03:04:05.0000000+00:00", Uri.UnescapeDataString(request.Uri.AbsolutePath));
        Assert.Equal(
            "?since=2024-01-02T03:04:05.0000000+00:00&days=2024-01-01&days=2024-01-02&status=inactive&statuses=active&statuses=inactive&min_size=3&name=rex&anything=free",
            Uri.UnescapeDataString(request.Uri.Query));
        Assert.Equal(("active", "1,2", "2024-01-02T03:04:05Z"), (request.Headers["X-Status"], request.Headers["X-Ids"], request.Headers["X-When"]));
    }

    [Fact]
    public async Task Placeholder_names_Refit_cannot_match_are_replaced_and_unsafe_literals_encoded()
    {
        var text = Api.Value.Text("IWireApi.g.cs");
        Assert.Contains("[global::Refit.Get(\"/shelves/{ids}/items/{item}\")]", text);
        Assert.Contains("[global::Refit.Get(\"/odd%5Cpath/{undeclared}\")]", text);

        var (items, _) = await Api.Value.CallAsync("IWireApi", "GetItemsAsync", new Dictionary<string, object?> { ["ids"] = "1,2", ["item"] = "x/y" });
        Assert.Equal("/shelves/1%2C2/items/x%2Fy", items.Uri.AbsolutePath);

        var (odd, _) = await Api.Value.CallAsync("IWireApi", "GetOddAsync", new Dictionary<string, object?> { ["undeclared"] = "u" });
        Assert.Equal("/odd%5Cpath/u", odd.Uri.AbsolutePath);
    }

    [Fact]
    public void Values_the_caller_formats_say_how_in_their_documentation()
        => Assert.Contains("/// <param name=\"xIds\">Formatted by the caller (simple style: values separated by commas).</param>", Api.Value.Text("IWireApi.g.cs"));
}
