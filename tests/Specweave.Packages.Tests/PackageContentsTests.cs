using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>What `dotnet pack` puts in the three packages, read from the .nupkg files.</summary>
public sealed class PackageContentsTests
{
    private static readonly PackedFeed Feed = PackedFeed.Shared;

    [Fact]
    public void Build_package_is_a_development_dependency_with_props_targets_and_the_tool_and_depends_on_the_runtime_and_refit()
    {
        var entries = Feed.Entries("Specweave.Build");
        Assert.Contains("build/Specweave.Build.props", entries);
        Assert.Contains("build/Specweave.Build.targets", entries);
        Assert.Contains("buildTransitive/Specweave.Build.props", entries);
        Assert.Contains("buildTransitive/Specweave.Build.targets", entries);
        Assert.Contains("tools/any/Codegen.Cli.dll", entries);
        Assert.Contains("tools/any/Codegen.Cli.runtimeconfig.json", entries);
        Assert.Contains("tools/any/Codegen.Generator.dll", entries);
        // The generator's own dependencies travel with it: the package restores nothing when it runs.
        Assert.Contains("tools/any/YamlDotNet.dll", entries);
        Assert.Contains("tools/any/Markdig.dll", entries);
        // For linux-x64 the same tool compiled ahead of time: one self-contained executable, nothing beside it.
        Assert.Equal(["tools/linux-x64/Codegen.Cli"], entries.Where(e => e.StartsWith("tools/linux-x64/", StringComparison.Ordinal)));
        // The consumer's compiler loads it: the suppressor for CS0618 in Refit's code on deprecated types.
        Assert.Contains("analyzers/dotnet/cs/Specweave.Analyzers.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        var nuspec = Feed.Nuspec("Specweave.Build");
        Assert.Equal("true", Value(nuspec, "developmentDependency"));
        Assert.Equal("MIT", Value(nuspec, "license"));
        var dependencies = Dependencies(nuspec);
        Assert.Contains(("Specweave.Runtime", PackedFeed.Version), dependencies.Select(d => (d.Id, d.Version)));
        // Refit's source generator (its analyzers) must reach the project that generates.
        Assert.Null(dependencies.Single(d => d.Id == "Refit").Exclude);
    }

    [Fact]
    public void Runtime_package_targets_netstandard2_0_and_net10_0_with_xml_docs()
    {
        var entries = Feed.Entries("Specweave.Runtime");
        foreach (var tfm in new[] { "netstandard2.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/Specweave.Runtime.dll", entries);
            Assert.Contains($"lib/{tfm}/Specweave.Runtime.xml", entries);
        }

        Assert.Contains("README.md", entries);
        Assert.Contains("Refit", Dependencies(Feed.Nuspec("Specweave.Runtime")).Select(d => d.Id));
        Assert.True(File.Exists(Path.ChangeExtension(Feed.PackagePath("Specweave.Runtime"), ".snupkg")), "no symbol package");
    }

    [Fact]
    public void Tool_package_is_a_dotnet_tool_named_specweave_pointing_to_a_native_linux_x64_package_and_a_portable_one()
    {
        // The pointer: what `dotnet tool install Specweave.Tool` reads first; it names the packages per platform.
        Assert.Contains("README.md", Feed.Entries("Specweave.Tool"));
        Assert.Contains(Feed.Nuspec("Specweave.Tool").Descendants(), e => e.Name.LocalName == "packageType" && (string?)e.Attribute("name") == "DotnetTool");
        var settings = Feed.Entries("Specweave.Tool").Single(e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        var rids = System.Xml.Linq.XDocument.Parse(Feed.Text("Specweave.Tool", settings)).Descendants()
            .Where(e => e.Name.LocalName == "RuntimeIdentifierPackage")
            .Select(e => ((string)e.Attribute("RuntimeIdentifier")!, (string)e.Attribute("Id")!))
            .Order()
            .ToList();
        Assert.Equal([("any", "Specweave.Tool.any"), ("linux-x64", "Specweave.Tool.linux-x64")], rids);

        // linux-x64: the Native AOT executable and the tool's settings, nothing else (no assemblies, and not the 14 MB of
        // native debug symbols, the XML docs or a .pdb, which once made the package 8 MB where 3 MB does).
        var native = Feed.Entries("Specweave.Tool.linux-x64").Where(e => e.StartsWith("tools/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["tools/any/linux-x64/Codegen.Cli", "tools/any/linux-x64/DotnetToolSettings.xml"], native);

        // Every other platform: the portable build with the generator's libraries.
        var portable = Feed.Entries("Specweave.Tool.any");
        Assert.Contains(portable, e => e.StartsWith("tools/", StringComparison.Ordinal) && e.EndsWith("/Codegen.Cli.dll", StringComparison.Ordinal));
        Assert.Contains(portable, e => e.StartsWith("tools/", StringComparison.Ordinal) && e.EndsWith("/Markdig.dll", StringComparison.Ordinal));
        foreach (var id in new[] { "Specweave.Tool.linux-x64", "Specweave.Tool.any" })
        {
            Assert.Contains(Feed.Nuspec(id).Descendants(), e => e.Name.LocalName == "packageType" && (string?)e.Attribute("name") == "DotnetToolRidPackage");
            Assert.Contains("THIRD-PARTY-NOTICES.txt", Feed.Entries(id));
        }
    }

    [Theory]
    [InlineData("Specweave.Build")]
    [InlineData("Specweave.Tool.any")]
    public void Every_packed_generator_runs_with_non_concurrent_gc(string id)
    {
        // A run is one batch whose allocations nearly all live until the files are written: background GC only adds
        // work (docs/benchmarks-history.md, the 10,000-schema case: 1.63 s of CPU with it, 1.18 s without).
        var configs = Feed.Entries(id).Where(e => e.EndsWith("/Codegen.Cli.runtimeconfig.json", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(configs);
        foreach (var config in configs)
        {
            using var json = System.Text.Json.JsonDocument.Parse(Feed.Text(id, config));
            var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
            Assert.True(properties.TryGetProperty("System.GC.Concurrent", out var concurrent), $"{config} does not set System.GC.Concurrent");
            Assert.False(concurrent.GetBoolean(), $"{config} turns concurrent GC on");
        }
    }

    [Theory]
    [InlineData("Specweave.Build")]
    [InlineData("Specweave.Tool.any")]
    public void Packages_that_carry_third_party_libraries_carry_their_notices(string id)
    {
        var entries = Feed.Entries(id);
        Assert.Contains("THIRD-PARTY-NOTICES.txt", entries);
        var notices = Feed.Text(id, "THIRD-PARTY-NOTICES.txt");
        var covered = notices.Split('\n')
            .Where(line => line.StartsWith("Files: ", StringComparison.Ordinal))
            .SelectMany(line => line["Files: ".Length..].Split(',', StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);

        // Every library in tools/ that is not ours must be named by a notice, so a new bundled dependency
        // fails here until its license is added.
        var bundled = entries
            .Where(e => e.StartsWith("tools/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Where(name => !name!.StartsWith("Codegen.", StringComparison.Ordinal) && !name.StartsWith("Specweave.", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Contains("YamlDotNet.dll", bundled);
        Assert.All(bundled, name => Assert.Contains(name!, covered));
    }

    private static string? Value(System.Xml.Linq.XDocument nuspec, string name)
        => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    private static List<(string Id, string Version, string? Exclude)> Dependencies(System.Xml.Linq.XDocument nuspec)
        => nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => ((string)e.Attribute("id")!, (string)e.Attribute("version")!, (string?)e.Attribute("exclude")))
            .ToList();
}
