using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace PartnerCenter.Customers.PackageTests;

/// <summary>
/// Packs src/PartnerCenter.Cli once as the .NET tool users get, and installs it from a local feed into a folder of
/// its own with <c>dotnet tool install --tool-path</c>, as a user would. Shared by the tool tests: packing and
/// installing are the slow part.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public const string PackageId = "PartnerCenter.Cli";
    public const string CommandName = "partner-center";

    private static readonly string[] CredentialVariables = ["PARTNER_CENTER_TOKEN", "AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"];

    private readonly string _work = Directory.CreateTempSubdirectory("pc-tool-").FullName;

    public PackedTool()
    {
        var feed = Path.Combine(_work, "feed");
        DotnetProcess.Run(
            $"pack \"{Path.Combine(TestAssembly.RepoRoot, "src", "PartnerCenter.Cli")}\" -c {TestAssembly.Configuration} --no-build -o \"{feed}\" -p:Version={PackedConsumer.Version}",
            TestAssembly.RepoRoot);
        Package = Path.Combine(feed, $"{PackageId}.{PackedConsumer.Version}.nupkg");

        // Only the local feed, and a packages folder of its own: a package of the same test version cached by an
        // earlier run must not stand in for this build.
        var config = Path.Combine(_work, "nuget.config");
        File.WriteAllText(config, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        ToolPath = Path.Combine(_work, "tools");
        DotnetProcess.RunProgram(
            "dotnet",
            $"tool install --tool-path \"{ToolPath}\" --add-source \"{feed}\" --configfile \"{config}\" {PackageId} --version {PackedConsumer.Version}",
            _work,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") });
    }

    /// <summary>The packed .nupkg.</summary>
    public string Package { get; }

    /// <summary>The folder the tool was installed into.</summary>
    public string ToolPath { get; }

    /// <summary>The text of one file in the .nupkg.</summary>
    public string Text(string entry)
    {
        using var archive = ZipFile.OpenRead(Package);
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Paths of the files the .nupkg holds.</summary>
    public IReadOnlyList<string> Entries()
    {
        using var archive = ZipFile.OpenRead(Package);
        return [.. archive.Entries.Select(e => e.FullName)];
    }

    /// <summary>The package types the .nuspec declares.</summary>
    public IReadOnlyList<string> PackageTypes()
    {
        using var archive = ZipFile.OpenRead(Package);
        using var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return [.. XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string)e.Attribute("name")!)];
    }

    /// <summary>The command the tool package declares (DotnetToolSettings.xml).</summary>
    public string DeclaredCommandName()
    {
        using var archive = ZipFile.OpenRead(Package);
        using var settings = archive.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Open();
        return (string)XDocument.Load(settings).Descendants().Single(e => e.Name.LocalName == "Command").Attribute("Name")!;
    }

    /// <summary>
    /// Runs the installed command, as a shell would find it, without any credential variable (so that it answers from
    /// its built-in emulator); returns standard output and standard error apart.
    /// </summary>
    public (string Output, string Error) Run(string arguments)
    {
        var environment = CredentialVariables.ToDictionary(name => name, string? (_) => null);
        // The command's launcher finds the runtime through DOTNET_ROOT when it is not installed in a default place.
        environment["DOTNET_ROOT"] = DotnetRoot();
        var command = Path.Combine(ToolPath, CommandName + (OperatingSystem.IsWindows() ? ".exe" : string.Empty));
        return DotnetProcess.RunProgram(command, arguments, _work, environment);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }

    // .../dotnet/shared/Microsoft.NETCore.App/<version>/ is where this test runs; the root is three levels up.
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
}
