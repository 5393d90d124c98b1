using PartnerCenter.EndToEnd.Tests.Infrastructure;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary>What every run of the tool must satisfy, whatever it printed.</summary>
internal static class CliFacts
{
    public static readonly IReadOnlyDictionary<string, string> TokenEnvironment =
        new Dictionary<string, string> { ["PARTNER_CENTER_TOKEN"] = TestClients.SecretToken };

    /// <summary>A failure: the expected exit code, nothing on standard output, one line on standard error, no stack trace, no token.</summary>
    public static void AssertFailure(CliResult result, int exitCode, params string[] fragments)
    {
        Assert.True(exitCode == result.ExitCode, $"expected exit code {exitCode}, got {result}");
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, line, StringComparison.Ordinal);
        }

        AssertNoLeak(result);
    }

    public static void AssertNoLeak(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.SecretToken, result.Output + result.Error, StringComparison.Ordinal);
    }
}
