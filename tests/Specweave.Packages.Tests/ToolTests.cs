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
        var work = UserFolder("ToolUser");
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

        PrintsItsVersionAndGenerates(arguments => DotnetProcess.RunProgram(specweave, arguments, work), work);
    }

    [Fact]
    public void The_portable_package_runs_as_the_sdk_runs_it_on_every_other_platform()
    {
        // Windows, macOS and every Linux but x64 get Specweave.Tool.any: the SDK runs its entry point with dotnet. The SDK
        // offers no way to pick it on linux-x64 (it takes the native package), so it is run here as the SDK would run it.
        var work = UserFolder("PortableToolUser");
        var package = Path.Combine(work, "package");
        System.IO.Compression.ZipFile.ExtractToDirectory(PackedFeed.Shared.PackagePath("Specweave.Tool.any"), package);
        var settingsPath = Directory.GetFiles(package, "DotnetToolSettings.xml", SearchOption.AllDirectories).Single();
        var command = System.Xml.Linq.XDocument.Load(settingsPath).Descendants().Single(e => e.Name.LocalName == "Command");
        Assert.Equal(("specweave", "dotnet"), ((string?)command.Attribute("Name"), (string?)command.Attribute("Runner")));
        var entryPoint = Path.Combine(Path.GetDirectoryName(settingsPath)!, (string)command.Attribute("EntryPoint")!);

        PrintsItsVersionAndGenerates(arguments => DotnetProcess.Run($"exec \"{entryPoint}\" {arguments}", work), work);
    }

    /// <summary>A user's folder with the pets description as api.yaml.</summary>
    private static string UserFolder(string name)
    {
        var work = PackedFeed.Shared.CreateFolder(name);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "pets.yaml"), Path.Combine(work, "api.yaml"));
        return work;
    }

    /// <summary>The tool, run by <paramref name="specweave"/> with the given arguments in <paramref name="work"/>, answers --version and generates the pets client.</summary>
    private static void PrintsItsVersionAndGenerates(Func<string, string> specweave, string work)
    {
        // The informational version: the repository build's (0.1.0+commit) for the portable package, the feed's for the
        // native one, which its pack compiles.
        Assert.Matches(@"^\d+\.\d+\.\d+", specweave("--version").Trim());

        var output = specweave("generate api.yaml --namespace Tool.Pets --output generated");
        Assert.Contains("files generated from api.yaml", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work, "generated", "Tool.Pets.Pet.g.cs")));
    }
}
