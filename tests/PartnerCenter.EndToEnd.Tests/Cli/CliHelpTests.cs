using PartnerCenter.EndToEnd.Tests.Infrastructure;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary><c>--help</c> on every command: usage, options, and on the commands that call the service the exit codes.</summary>
public sealed class CliHelpTests
{
    public static TheoryData<string> CallingCommands { get; } =
    [
        "customers list",
        "customers get",
        "customers create",
        "customers billing-profile get",
        "customers billing-profile update",
        "customers company-profile get",
        "customers qualifications",
        "customers qualifications add",
        "customers remove-relationship",
        "customers delete",
    ];

    public static TheoryData<string> GroupCommands { get; } = ["customers", "customers billing-profile", "customers company-profile"];

    [Theory]
    [MemberData(nameof(CallingCommands))]
    public async Task Help_on_a_command_shows_its_usage_its_options_the_variables_and_every_exit_code(string command)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Error);
        // The id of 'qualifications <id> add' is its parent's argument.
        Assert.Contains($"partner-center {command.Replace(" add", " <customer-tenant-id> add", StringComparison.Ordinal)}", result.Output, StringComparison.Ordinal);
        Assert.Contains("--endpoint", result.Output, StringComparison.Ordinal);
        Assert.Contains("--allow-insecure-http", result.Output, StringComparison.Ordinal);
        Assert.Contains("PARTNER_CENTER_TOKEN", result.Output, StringComparison.Ordinal);
        foreach (var code in new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 130, 143 })
        {
            Assert.Matches($@"(?m)^\s+{code}\s+\S", result.Output);
        }
    }

    [Theory]
    [MemberData(nameof(GroupCommands))]
    public async Task Help_on_a_group_lists_its_commands_one_line_each(string command)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Commands:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exit codes:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_that_print_resources_take_every_output_format()
    {
        foreach (var command in new[] { "customers list", "customers get", "customers billing-profile get", "customers company-profile get", "customers qualifications" })
        {
            var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);
            Assert.Contains("-o, --output <json|ndjson|table>", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_suggest_directive_completes_commands_and_option_values_for_shell_completion()
    {
        var commands = await CliRunner.RunAsync("[suggest:12]", "customers li");
        var formats = await CliRunner.RunAsync("[suggest:18]", "customers list -o ");

        Assert.Equal(0, commands.ExitCode);
        Assert.Contains("list", commands.Output.Split('\n', StringSplitOptions.TrimEntries));
        Assert.Equal(["json", "ndjson", "table"], formats.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
