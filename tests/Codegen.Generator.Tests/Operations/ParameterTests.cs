namespace Codegen.Generator.Tests.Operations;

/// <summary>Path-level parameters, query arrays by style and explode, headers and cookies: the signature and the wire.</summary>
public sealed class ParameterTests
{
    private static readonly Lazy<GeneratedApi> Api = new(() => GeneratedApi.FromSpec("parameters.yaml"));

    [Fact]
    public void Path_level_parameters_reach_every_operation_and_the_operation_overrides_by_name_and_location()
    {
        var text = Api.Value.Text("IParametersApi.g.cs");

        Assert.Contains("""
                global::System.Threading.Tasks.Task ListPetsAsync(
                    string storeId,
                    [global::Refit.Header("X-Trace")] string xTrace,
                    [global::Refit.Header("Cookie")] string cookie,
            """.Replace("\r\n", "\n"), text);
        Assert.Contains("""
                global::System.Threading.Tasks.Task DeleteStoresByStoreIdPetsAsync(
                    string storeId,
                    [global::Refit.Header("X-Trace")] string? xTrace = null,
            """.Replace("\r\n", "\n"), text);
        Assert.Contains("/// <param name=\"xTrace\">Overrides the path-level header of the same name.</param>", text);
    }

    [Fact]
    public async Task Query_arrays_are_sent_as_their_style_and_explode_say()
    {
        var (request, _) = await Api.Value.CallAsync("IParametersApi", "ListPetsAsync", new Dictionary<string, object?>
        {
            ["storeId"] = "s 1",
            ["xTrace"] = "t",
            ["cookie"] = "session=abc",
            ["tags"] = new[] { "a", "b" },
            ["ids"] = new[] { 1, 2 },
            ["words"] = new[] { "x", "y" },
            ["codes"] = new[] { "p", "q" },
            ["limit"] = 5,
        });

        Assert.Equal("/stores/s%201/pets", request.Uri.AbsolutePath);
        Assert.Equal("?tags=a&tags=b&ids=1%2C2&words=x%20y&codes=p%7Cq&limit=5", request.Uri.Query);
    }

    [Fact]
    public async Task Headers_and_cookies_are_sent_and_absent_optional_ones_are_not()
    {
        var (request, _) = await Api.Value.CallAsync("IParametersApi", "ListPetsAsync", new Dictionary<string, object?>
        {
            ["storeId"] = "s1",
            ["xTrace"] = "trace-1",
            ["cookie"] = "session=abc; theme=dark",
        });

        Assert.Equal("trace-1", request.Headers["X-Trace"]);
        Assert.Equal("session=abc; theme=dark", request.Headers["Cookie"]);
        Assert.Equal(string.Empty, request.Uri.Query);

        var (withoutOptional, _) = await Api.Value.CallAsync("IParametersApi", "DeleteStoresByStoreIdPetsAsync", new Dictionary<string, object?> { ["storeId"] = "s1" });
        Assert.False(withoutOptional.Headers.ContainsKey("X-Trace"));
    }

    [Fact]
    public void Cookie_parameters_become_one_documented_Cookie_header_required_when_any_cookie_is()
    {
        var text = Api.Value.Text("IParametersApi.g.cs");

        Assert.Contains("/// <param name=\"cookie\">The Cookie header, as name=value pairs separated by \"; \". Cookies: session (The session id.), theme.</param>", text.Replace("&quot;", "\""));
        Assert.DoesNotContain("session", text.Split('\n').Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal)).Aggregate(string.Empty, string.Concat));
    }

    [Fact]
    public void A_deprecated_parameter_says_so_in_its_documentation()
        => Assert.Contains("/// <param name=\"limit\">Deprecated.</param>", Api.Value.Text("IParametersApi.g.cs"));
}
