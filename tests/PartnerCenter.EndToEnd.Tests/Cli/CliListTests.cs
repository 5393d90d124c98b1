using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary><c>customers list</c> run as a process: every customer once, page by page, searches, --top, formats.</summary>
public sealed class CliListTests
{
    private const int EmulatorCustomers = 250;
    private const string ListPath = "/v1/customers";

    [Fact]
    public async Task Ndjson_pages_through_all_250_customers_each_exactly_once()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync("customers", "list", "-o", "ndjson", "--page-size", "40");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.JsonLines();
        Assert.Equal(EmulatorCustomers, lines.Count);
        Assert.Equal(EmulatorCustomers, lines.Select(line => (string?)line["id"]).Distinct().Count());
        Assert.Equal(EmulatorSeed.DocumentedCustomerId, (string?)lines[0]["id"]);
        // 250 at 40 a page: 7 pages, the first without a continuation token, each next one with the previous page's.
        var pages = emulator.RequestsTo("GET", ListPath);
        Assert.Equal(7, pages.Count);
        Assert.Null(pages[0].Header("MS-ContinuationToken"));
        Assert.All(pages.Skip(1), page => Assert.False(string.IsNullOrEmpty(page.Header("MS-ContinuationToken"))));
        Assert.All(pages, page => Assert.Equal(200, page.StatusCode));
        // Standard error is not a terminal here: no progress line, nothing at all.
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task The_built_in_emulator_lists_its_250_customers_in_pages_of_100_by_default()
    {
        var result = await CliRunner.RunAsync("customers", "list", "-o", "ndjson", "--verbose");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(EmulatorCustomers, result.JsonLines().Select(line => (string?)line["id"]).Distinct().Count());
        Assert.Equal(EmulatorCustomers, result.JsonLines().Count);
        Assert.Contains("built-in Partner Center emulator", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(3, result.ErrorLines.Count(line => line.Contains("GET /v1/customers answered 200", StringComparison.Ordinal)));
        // The notice and one log line per page; no progress line when standard error is redirected.
        Assert.Equal(4, result.ErrorLines.Count);
    }

    [Theory]
    [InlineData("45", "40", 45, 2)]
    [InlineData("5", "100", 5, 1)]
    [InlineData("250", "50", 250, 5)]
    public async Task Top_stops_after_that_many_customers_without_requesting_further_pages(string top, string pageSize, int expectedLines, int expectedPages)
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync("customers", "list", "-o", "ndjson", "--top", top, "--page-size", pageSize);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expectedLines, result.JsonLines().Count);
        var pages = emulator.RequestsTo("GET", ListPath);
        Assert.Equal(expectedPages, pages.Count);
        // A --top smaller than the page size asks the service for no more than it will print.
        Assert.Contains($"size={Math.Min(int.Parse(top, System.Globalization.CultureInfo.InvariantCulture), int.Parse(pageSize, System.Globalization.CultureInfo.InvariantCulture))}", pages[0].QueryString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--filter", "north", "companyProfile", "companyName")]
    [InlineData("--filter", "A", "companyProfile", "companyName")]
    [InlineData("--domain", "adatum", "companyProfile", "domain")]
    public async Task A_search_finds_exactly_the_customers_whose_field_starts_with_the_text(string option, string text, string parent, string member)
    {
        await using var emulator = await CliEmulators.StartAsync();
        var all = (await emulator.RunAsync("customers", "list", "-o", "ndjson", "--page-size", "500")).JsonLines();
        var expected = all
            .Where(customer => ((string?)customer[parent]?[member] ?? string.Empty).StartsWith(text, StringComparison.OrdinalIgnoreCase))
            .Select(customer => (string?)customer["id"])
            .ToList();
        Assert.NotEmpty(expected);

        var result = await emulator.RunAsync("customers", "list", option, text, "-o", "ndjson", "--page-size", "7");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected, result.JsonLines().Select(customer => (string?)customer["id"]));
        var searches = emulator.RequestsTo("GET", ListPath).Skip(1).ToList();
        Assert.Contains("filter=", searches[0].QueryString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_documented_search_for_Cont_finds_the_three_documented_customers_as_a_table()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync("customers", "list", "--filter", "Cont");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^Customer tenant id\s+Company name\s+Domain\s+Relationship$", rows[0]);
        Assert.Matches(@"^-+\s+-+\s+-+\s+-+$", rows[1]);
        Assert.Equal(3, rows.Length - 2);
        Assert.Contains(rows, row => Regex.IsMatch(row, @"^c5757d70-06f3-4f23-8367-5a9e55019f94\s+Contoso190\s+contoso190\.onmicrosoft\.com\s+\S+$"));
    }

    [Fact]
    public async Task Json_output_is_one_array_of_every_customer()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync("customers", "list", "-o", "json", "--page-size", "100");

        Assert.True(result.ExitCode == 0, result.ToString());
        var customers = Assert.IsType<JsonArray>(result.Json());
        Assert.Equal(EmulatorCustomers, customers.Count);
        Assert.Equal(EmulatorCustomers, customers.Select(customer => (string?)customer!["id"]).Distinct().Count());
    }

    [Fact]
    public async Task A_search_that_finds_nothing_prints_an_empty_array()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync("customers", "list", "--domain", "no-such-domain", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Assert.IsType<JsonArray>(result.Json()));
    }

    [Theory]
    [InlineData(new[] { "--filter", "a", "--domain", "b" }, "--filter and --domain cannot be combined")]
    [InlineData(new[] { "--filter", " " }, "--filter must be 1 to 256 characters")]
    [InlineData(new[] { "--indirect-reseller", "not-a-guid" }, "--indirect-reseller must be the indirect reseller's tenant id")]
    [InlineData(new[] { "--top", "0" }, "--top must be a whole number from 1, not '0'")]
    [InlineData(new[] { "--page-size", "501" }, "--page-size must be from 1 to 500, not 501")]
    [InlineData(new[] { "-o", "xml" }, "'xml'")]
    public async Task Bad_list_options_exit_2_before_anything_is_sent(string[] options, string fragment)
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync(["customers", "list", .. options]);

        CliFacts.AssertFailure(result, 2, fragment);
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task A_listing_whose_first_page_fails_prints_nothing_on_standard_output()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = 403, FailureCount = 100 });

        var result = await CliRunner.RunAsync(
            ["customers", "list", "--endpoint", emulator.BaseAddress.ToString()],
            CliEmulators.TokenEnvironment);

        CliFacts.AssertFailure(result, 5, "forbidden", "HTTP 403");
    }
}
