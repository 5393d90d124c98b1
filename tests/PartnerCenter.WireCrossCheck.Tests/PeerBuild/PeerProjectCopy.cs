using System.Diagnostics;
using System.Reflection;

namespace PartnerCenter.WireCrossCheck.Tests.PeerBuild;

/// <summary>
/// A copy of what the NSwag peer's build needs (nswag.json, the spec, the shared build props, the peer project and its
/// targets) in a temporary folder laid out like the repository, so a test can edit the spec and run the generation
/// target without touching the working tree.
/// </summary>
internal sealed class PeerProjectCopy : IDisposable
{
    // A hang guard, not a measurement: restoring from the local package cache and running NSwag takes seconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    public PeerProjectCopy()
    {
        var repo = Metadata("RepoRoot");
        foreach (var file in new[]
        {
            "nswag.json",
            "spec/partner-center-customers.yaml",
            "Directory.Build.props",
            "Directory.Build.targets",
            "Directory.Packages.props",
            "global.json",
            "tests/PartnerCenter.NSwagPeer/PartnerCenter.NSwagPeer.csproj",
            "tests/PartnerCenter.NSwagPeer/NSwagPeer.targets",
        })
        {
            var target = Path.Combine(Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(repo, file), target);
        }
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("nswag-peer-").FullName;

    public string ProjectFolder => Path.Combine(Root, "tests", "PartnerCenter.NSwagPeer");

    public string SpecPath => Path.Combine(Root, "spec", "partner-center-customers.yaml");

    public string ConfigPath => Path.Combine(Root, "nswag.json");

    /// <summary>The file NSwag writes, under obj/ in the configuration the tests were built in.</summary>
    public string GeneratedFile => Path.Combine(ProjectFolder, "obj", Configuration, "net10.0", "nswag", "PartnerCenterCustomersClient.g.cs");

    /// <summary>Restores the copy and runs the generation target only (not the compilation), at normal verbosity.</summary>
    public string Generate()
    {
        var start = new ProcessStartInfo("dotnet", $"msbuild -restore -t:NSwagPeerGenerate -p:Configuration={Configuration} -v:n -nodeReuse:false")
        {
            WorkingDirectory = ProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet msbuild did not finish in {HangGuard.TotalMinutes} minutes");
        }

        var output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"dotnet msbuild exited {process.ExitCode}:\n{output}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build node may still hold a file briefly; the OS cleans its temp folder.
        }
    }

    private static string Configuration => Metadata("Configuration");

    private static string Metadata(string key) =>
        typeof(PeerProjectCopy).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
}
