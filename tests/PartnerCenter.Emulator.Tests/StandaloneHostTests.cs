using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>The emulator as its own process, as <c>dotnet run --project src/PartnerCenter.Emulator</c> starts it.</summary>
public sealed partial class StandaloneHostTests
{
    [Theory]
    [InlineData("--Emulator:Port=0")]
    [InlineData("--urls=http://+:0")]
    public async Task Prints_the_loopback_address_it_listens_on_and_serves_there(string portArgument)
    {
        using var process = Process.Start(EmulatorProcess(portArgument))!;
        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var match = ListeningLine().Match(firstLine ?? string.Empty);
            Assert.True(match.Success, $"unexpected first line: {firstLine}");

            using var client = new HttpClient { BaseAddress = new Uri(match.Groups["address"].Value + "/") };
            using var response = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_store_settings_are_read_from_the_command_line()
    {
        using var process = Process.Start(EmulatorProcess(
            "--Emulator:Port=0", "--Emulator:CustomerCount=20", "--Emulator:IntegrationSandbox=true", "--Emulator:ContinuationTokenLifetime=00:00:30"))!;
        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var match = ListeningLine().Match(firstLine ?? string.Empty);
            Assert.True(match.Success, $"unexpected first line: {firstLine}");

            using var client = new HttpClient { BaseAddress = new Uri(match.Groups["address"].Value + "/") };
            var page = await CustomerListing.PageAsync(client, "v1/customers");
            using var deleted = await PartnerCenterWrite.SendAsync(client, HttpMethod.Delete, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
            Assert.Equal(20, page["items"]!.AsArray().Count);
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("--Emulator:CustomerCount=-1")]
    [InlineData("--Emulator:ContinuationTokenLifetime=00:00:00")]
    [InlineData("--Emulator:Port=-1")]
    [InlineData("--Emulator:Port=not-a-number")]
    [InlineData("--Emulator:SeedDataPath=/nonexistent/customers.json")]
    public async Task A_bad_setting_ends_the_program_with_exit_code_1_and_a_one_line_message(string argument)
    {
        using var process = Process.Start(EmulatorProcess(argument))!;
        try
        {
            var standardError = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(1, process.ExitCode);
            Assert.StartsWith("Partner Center emulator failed to start: ", standardError);
            Assert.Single(standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static ProcessStartInfo EmulatorProcess(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartnerCenter.Emulator.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    [GeneratedRegex(@"^Partner Center emulator listening on (?<address>http://127\.0\.0\.1:[1-9][0-9]*)$")]
    private static partial Regex ListeningLine();
}
