using System.Text.Json.Nodes;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary><c>customers qualifications &lt;id&gt;</c> and <c>customers qualifications &lt;id&gt; add</c>.</summary>
public sealed class CliQualificationTests
{
    // A documented indirect-reseller customer, seeded with two documented qualifications.
    private const string WingtipId = "3dfe847b-cad9-4fc1-86d3-cf16c2790087";

    [Fact]
    public async Task Qualifications_print_as_json_ndjson_and_table()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var json = await emulator.RunAsync("customers", "qualifications", WingtipId);
        var ndjson = await emulator.RunAsync("customers", "qualifications", WingtipId, "-o", "ndjson");
        var table = await emulator.RunAsync("customers", "qualifications", WingtipId, "-o", "table");

        Assert.True(json.ExitCode == 0, json.ToString());
        var array = Assert.IsType<JsonArray>(json.Json());
        Assert.Equal(2, array.Count);
        Assert.Equal(2, ndjson.JsonLines().Count);
        Assert.True(JsonNode.DeepEquals(array[0], ndjson.JsonLines()[0]));
        var rows = table.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^Qualification\s+Vetting status\s+Applied\s+Reason$", rows[0]);
        Assert.Equal(4, rows.Length);
    }

    [Fact]
    public async Task A_customer_without_qualifications_prints_an_empty_list()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var json = await emulator.RunAsync("customers", "qualifications", EmulatorSeed.DocumentedCustomerId);
        var table = await emulator.RunAsync("customers", "qualifications", EmulatorSeed.DocumentedCustomerId, "-o", "table");

        Assert.Empty(Assert.IsType<JsonArray>(json.Json()));
        Assert.Equal("(no qualifications)", table.Output.Trim());
    }

    [Fact]
    public async Task Add_applies_for_a_qualification_which_is_then_listed_in_review()
    {
        await using var emulator = await CliEmulators.StartAsync();

        var added = await emulator.RunAsync(
            "customers", "qualifications", EmulatorSeed.DocumentedCustomerId, "add", "--type", "education", "--education-segment", "HigherEducation", "--website", "https://contoso.edu");

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Equal("Education", (string?)added.Json()["qualification"]);
        Assert.Equal("InReview", (string?)added.Json()["vettingStatus"]);
        var listed = await emulator.RunAsync("customers", "qualifications", EmulatorSeed.DocumentedCustomerId, "-o", "ndjson");
        var qualification = Assert.Single(listed.JsonLines());
        Assert.Equal("Education", (string?)qualification["qualification"]);
    }

    [Fact]
    public async Task Applying_again_for_one_in_review_is_refused_by_the_service_with_exit_1()
    {
        await using var emulator = await CliEmulators.StartAsync();
        string[] add = ["customers", "qualifications", EmulatorSeed.DocumentedCustomerId, "add", "--type", "StateOwnedEntity"];
        Assert.Equal(0, (await emulator.RunAsync(add)).ExitCode);

        var again = await emulator.RunAsync(add);

        CliFacts.AssertFailure(again, 1, "service error", "HTTP 400", "3000");
    }

    [Theory]
    [InlineData(new[] { "--type", "Education" }, "--type Education needs --education-segment")]
    [InlineData(new[] { "--type", "GovernmentCommunityCloud" }, "needs --validation-code")]
    [InlineData(new[] { "--type", "StateOwnedEntity", "--validation-code", "x" }, "does not take --validation-code")]
    [InlineData(new[] { "--type", "Nonprofit" }, "'Nonprofit'")]
    [InlineData(new string[0], "--type")]
    public async Task Add_with_missing_or_mismatched_options_exits_2_before_anything_is_sent(string[] options, string fragment)
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync(["customers", "qualifications", EmulatorSeed.DocumentedCustomerId, "add", .. options]);

        CliFacts.AssertFailure(result, 2, fragment);
        Assert.Empty(emulator.CustomerRequests());
    }
}
