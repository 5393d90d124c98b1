using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>
/// Specweave.Tool installed from the folder feed as a .NET tool, as a user would (on linux-x64, the native executable),
/// and its portable package run as the SDK runs it everywhere else.
/// </summary>
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

    [Fact]
    public void The_portable_package_runs_as_the_sdk_runs_it_on_every_other_platform()
    {
        // Windows, macOS and every Linux but x64 get Specweave.Tool.any: the SDK runs its entry point with dotnet. The SDK
        // offers no way to pick it on linux-x64 (it takes the native package), so it is run here as the SDK would run it.
        var feed = PackedFeed.Shared;
        var work = feed.CreateFolder("PortableToolUser");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "pets.yaml"), Path.Combine(work, "api.yaml"));
        var package = Path.Combine(work, "package");
        System.IO.Compression.ZipFile.ExtractToDirectory(feed.PackagePath("Specweave.Tool.any"), package);
        var settingsPath = Directory.GetFiles(package, "DotnetToolSettings.xml", SearchOption.AllDirectories).Single();
        var command = System.Xml.Linq.XDocument.Load(settingsPath).Descendants().Single(e => e.Name.LocalName == "Command");
        Assert.Equal(("specweave", "dotnet"), ((string?)command.Attribute("Name"), (string?)command.Attribute("Runner")));
        var entryPoint = Path.Combine(Path.GetDirectoryName(settingsPath)!, (string)command.Attribute("EntryPoint")!);

        Assert.Matches(@"^\d+\.\d+\.\d+", DotnetProcess.Run($"exec \"{entryPoint}\" --version", work).Trim());
        var output = DotnetProcess.Run($"exec \"{entryPoint}\" generate api.yaml --namespace Tool.Pets --output generated", work);
        Assert.Contains("files generated from api.yaml", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work, "generated", "Tool.Pets.Pet.g.cs")));
    }
}
