using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary>
/// Input files that cannot be sent: exit 2 with one line naming the file and, for JSON that does not fit, the line,
/// column and JSON path; nothing reaches the service.
/// </summary>
public sealed class CliInputTests
{
    public static TheoryData<string> Commands { get; } = ["create", "billing-profile update"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_missing_file_exits_2_naming_it(string command)
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();
        var missing = folder.Missing("no-such-file.json");

        var result = await emulator.RunAsync([.. Arguments(command), "--from", missing]);

        CliFacts.AssertFailure(result, 2, $"--from {missing}: no such file");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Malformed_json_exits_2_with_the_line_and_column(string command)
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();
        var file = folder.Write("broken.json", "{\n  \"email\": \"a@b.c\",\n  \"culture\" \"en-US\"\n}\n");

        var result = await emulator.RunAsync([.. Arguments(command), "--from", file]);

        CliFacts.AssertFailure(result, 2, $"--from {file}: is not a", "at line 3, column 13");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_exits_2_with_its_JSON_path()
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();
        var file = folder.Write("profile.json", "{\n  \"defaultAddress\": {\n    \"city\": 12\n  }\n}\n");

        var result = await emulator.RunAsync("customers", "billing-profile", "update", EmulatorSeed.DocumentedCustomerId, "--from", file);

        CliFacts.AssertFailure(result, 2, "is not a billing profile at line 3, column 15, JSON path $.defaultAddress.city", "wrong JSON type");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task A_create_request_without_a_required_member_exits_2_naming_it()
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();
        var file = folder.Write("create.json", """{ "companyProfile": { "domain": "new.onmicrosoft.com" } }""");

        var result = await emulator.RunAsync("customers", "create", "--from", file);

        CliFacts.AssertFailure(result, 2, "is not a create-customer request", "JSON path $", "a required member is missing: 'billingProfile'");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Theory]
    [InlineData("null", "holds JSON null")]
    [InlineData("", "The input does not contain any JSON tokens")]
    [InlineData("[1]", "JSON path $")]
    public async Task A_file_that_is_not_an_object_exits_2(string text, string fragment)
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();
        var file = folder.Write("create.json", text);

        var result = await emulator.RunAsync("customers", "create", "--from", file);

        CliFacts.AssertFailure(result, 2, file, fragment);
    }

    [Fact]
    public async Task From_is_required()
    {
        var result = await CliRunner.RunAsync("customers", "create");

        CliFacts.AssertFailure(result, 2, "--from", "partner-center customers create --help");
    }

    [Fact]
    public async Task A_bad_if_match_exits_2_before_anything_is_sent()
    {
        await using var emulator = await CliEmulators.StartAsync();
        using var folder = new TemporaryFolder();
        var file = folder.Write("change.json", """{ "email": "a@b.c" }""");

        var result = await emulator.RunAsync("customers", "billing-profile", "update", EmulatorSeed.DocumentedCustomerId, "--from", file, "--if-match", "two words");

        CliFacts.AssertFailure(result, 2, "--if-match must be an ETag");
        Assert.Empty(emulator.CustomerRequests());
    }

    [Theory]
    [InlineData("get")]
    [InlineData("billing-profile get")]
    [InlineData("company-profile get")]
    [InlineData("qualifications")]
    [InlineData("remove-relationship")]
    [InlineData("delete")]
    public async Task An_id_that_is_not_a_GUID_exits_3_on_every_command(string command)
    {
        await using var emulator = await CliEmulators.StartAsync();

        var result = await emulator.RunAsync([.. command.Split(' ').Prepend("customers"), "not-a-guid", "--sandbox"]);

        // --sandbox only exists on delete; elsewhere it is an unknown option, which is a usage error first.
        if (command == "delete")
        {
            CliFacts.AssertFailure(result, 3, "'not-a-guid' is not a customer tenant id", "Nothing was sent");
        }
        else
        {
            CliFacts.AssertFailure(result, 2, "--sandbox");
        }

        var withoutSandbox = await emulator.RunAsync([.. command.Split(' ').Prepend("customers"), "not-a-guid"]);
        CliFacts.AssertFailure(withoutSandbox, 3, "'not-a-guid' is not a customer tenant id");
        Assert.Empty(emulator.CustomerRequests());
    }

    private static string[] Arguments(string command) =>
        command == "create" ? ["customers", "create"] : ["customers", "billing-profile", "update", EmulatorSeed.DocumentedCustomerId];
}
