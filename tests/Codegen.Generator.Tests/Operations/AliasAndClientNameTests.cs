using Codegen.Generator.Binding;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Operations;

/// <summary>
/// Issue 11: [AliasAs] on a path parameter only when its C# name is not the placeholder's, and no doubled
/// "Api" when the client name (from info.title or ClientName) already ends with the word Api.
/// </summary>
public sealed class AliasAndClientNameTests
{
    private static readonly Lazy<GeneratedApi> Api = new(() => GeneratedApi.FromSpec("uber-api.yaml", expectedDiagnostics:
        ["uber-api.yaml(44,7): warning OAG0007: The path placeholder {region} has no parameter declared; it is generated as a required string parameter. Declare it: { name: region, in: path, required: true, schema: { type: string } }"]));

    [Fact]
    public void A_title_ending_with_API_names_the_interface_with_one_Api()
    {
        var api = Api.Value;

        Assert.Contains(api.Files, f => f.HintName.EndsWith("IUberApi.g.cs", StringComparison.Ordinal));
        Assert.Contains(api.Files, f => f.HintName.EndsWith("UberApiJsonContext.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(api.Files, f => f.Text.Contains("ApiApi", StringComparison.Ordinal));
        Assert.NotNull(api.Interface("IUberApi"));
    }

    [Theory]
    [InlineData("Uber", "IUberApi")]
    [InlineData("UberApi", "IUberApi")]
    [InlineData("Api", "IApi")]
    [InlineData("Therapi", "ITherapiApi")]
    [InlineData("Rapid", "IRapidApi")]
    public void The_interface_name_appends_Api_only_when_the_last_word_is_not_Api(string clientName, string expected)
        => Assert.Equal(expected, ClientBinder.InterfaceName(clientName));

    [Fact]
    public void An_explicit_ClientName_ending_with_Api_gets_no_second_one()
    {
        var output = GeneratorRunner.RunOnText(File.ReadAllText(Path.Combine(TestPaths.TestSpecs, "operations", "uber-api.yaml")), "/specs/uber-api.yaml", "Ops.Client", "RidesAPI");

        Assert.Contains(output.Files, f => f.HintName.EndsWith("IRidesApi.g.cs", StringComparison.Ordinal));
        Assert.Contains(output.Files, f => f.HintName.EndsWith("RidesApiJsonContext.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void AliasAs_is_written_only_for_a_path_parameter_named_differently_from_its_placeholder()
    {
        var text = Api.Value.Text("IUberApi.g.cs");

        Assert.Contains("""
                global::System.Threading.Tasks.Task GetProductAsync(
                    string productId,
                    [global::Refit.Query] [global::Refit.AliasAs("limit")] int? limit = null,
            """.Replace("\r\n", "\n"), text);
        Assert.Contains("[global::Refit.AliasAs(\"product_id\")] string productId,", text);
        Assert.Contains("[global::Refit.AliasAs(\"RideId\")] string rideId,", text);
        Assert.Contains("[global::Refit.Query] [global::Refit.AliasAs(\"class\")] string? @class = null,", text);
        Assert.Contains("global::System.Threading.Tasks.Task GetRegionAsync(\n        string region,", text);
    }

    [Fact]
    public async Task The_wire_is_the_same_with_and_without_AliasAs()
    {
        var (product, _) = await Api.Value.CallAsync("IUberApi", "GetProductAsync", new Dictionary<string, object?> { ["productId"] = "p 1", ["limit"] = 5 });
        var (ride, _) = await Api.Value.CallAsync("IUberApi", "GetRideAsync", new Dictionary<string, object?> { ["productId"] = "p", ["rideId"] = "r", ["class"] = "x" });
        var (region, _) = await Api.Value.CallAsync("IUberApi", "GetRegionAsync", new Dictionary<string, object?> { ["region"] = "eu" });

        Assert.Equal("http://api.test/products/p%201?limit=5", product.Uri.AbsoluteUri);
        Assert.Equal("http://api.test/products/p/rides/r?class=x", ride.Uri.AbsoluteUri);
        Assert.Equal("http://api.test/regions/eu", region.Uri.AbsoluteUri);
    }
}
