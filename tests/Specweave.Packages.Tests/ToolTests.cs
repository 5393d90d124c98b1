using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>Specweave.Tool installed from the folder feed as a .NET tool, as a user would (on linux-x64, the native executable).</summary>
public sealed class ToolTests
{
    [Fact]
    public void The_tool_installs_from_the_feed_prints_its_version_and_generates()
    {
        var feed = PackedFeed.Shared;
        var work = feed.CreateFolder("ToolUser");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "pets.yaml"), Path.Combine(work, "api.yaml"));
        var tools = Path.Combine(work, "tools");
        DotnetProcess.Run($"tool install Specweave.Tool --version {PackedFeed.Version} --tool-path \"{tools}\" --add-source \"{feed.Feed}\"", work);
        var specweave = Path.Combine(tools, OperatingSystem.IsWindows() ? "specweave.exe" : "specweave");
        if (PackedFeed.RunsNativeHere)
        {
            // The SDK picked the Native AOT package for this platform: the command links to its executable.
            var target = new FileInfo(specweave).ResolveLinkTarget(returnFinalTarget: true);
            Assert.NotNull(target);
            Assert.Contains($"specweave.tool.{PackedFeed.NativeRid}", target.FullName, StringComparison.Ordinal);
        }

        // The informational version: the repository build's (0.1.0+commit) for the portable package, the feed's for the
        // native one, which its pack compiles.
        Assert.Matches(@"^\d+\.\d+\.\d+", DotnetProcess.RunProgram(specweave, "--version", work).Trim());

        var output = DotnetProcess.RunProgram(specweave, "generate api.yaml --namespace Tool.Pets --output generated", work);
        Assert.Contains("files generated from api.yaml", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work, "generated", "Tool.Pets.Pet.g.cs")));
    }
}
