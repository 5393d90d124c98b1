using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>
/// Packs Specweave.Runtime, Specweave.Build and Specweave.Tool once for the whole assembly into a local folder feed,
/// and makes consumer projects outside the repository that restore from it. Packing is the slow part and the same
/// for every test, so it is done once (<see cref="Shared"/>, for test classes that run in parallel); the packs run in parallel.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public const string Version = "0.0.0-packagetest";

    /// <summary>The one platform the generator ships a native executable for (Specweave.Build.csproj, Codegen.Cli.csproj).</summary>
    public const string NativeRid = "linux-x64";

    /// <summary>Whether this machine is that platform, where the build and the tool run the native executable.</summary>
    public static bool RunsNativeHere => RuntimeInformation.RuntimeIdentifier == NativeRid;

    private static readonly Lazy<PackedFeed> Instance = new(() =>
    {
        var feed = new PackedFeed();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => feed.Dispose();
        return feed;
    });

    /// <summary>The one feed of this test run.</summary>
    public static PackedFeed Shared => Instance.Value;

    private readonly string _work = Directory.CreateTempSubdirectory("specweave-packages-").FullName;

    private PackedFeed()
    {
        Feed = Path.Combine(_work, "feed");
        var repo = TestAssembly.RepoRoot;
        // Packed as they ship: the build package with its linux-x64 native executable, the tool as its pointer package
        // and the two it points to (linux-x64 Native AOT, and the portable any), so that on linux-x64 the consumers and
        // the installed tool here run what users run. Native AOT compiling the generator is the slow part (about 40 s of
        // CPU); the build package and the tool publish the same linux-x64 build, so they are packed one after the other
        // (the second finds it up to date) while the runtime package packs beside them.
        void Pack(string project) =>
            DotnetProcess.Run($"pack \"{Path.Combine(repo, "generator", project)}\" -c {TestAssembly.Configuration} --no-build -o \"{Feed}\" -p:Version={Version}", repo);
        Parallel.Invoke(
            () => Pack("Specweave.Runtime"),
            () =>
            {
                Pack("Specweave.Build");
                Pack("Codegen.Cli");
            });
    }

    /// <summary>The folder feed holding the packages: Specweave.Runtime, Specweave.Build, and Specweave.Tool with the two it points to.</summary>
    public string Feed { get; }

    /// <summary>Where consumers extract packages: apart from the machine's, so no older build of ours is ever reused.</summary>
    public string Packages => Path.Combine(_work, "packages");

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>Paths of the files a package holds.</summary>
    public IReadOnlyList<string> Entries(string id)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>The text of one file in a package.</summary>
    public string Text(string id, string entry)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The package's nuspec.</summary>
    public XDocument Nuspec(string id)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        using var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(nuspec);
    }

    /// <summary>
    /// A new consumer project in its own folder outside the repository: <paramref name="template"/> as its csproj,
    /// pets.yaml as api.yaml and store.yaml as store/api.yaml (same file name, other folder), a nuget.config with this
    /// feed for Specweave.* (and only there) and the machine's NuGet source for third-party packages.
    /// </summary>
    public string CreateConsumer(string name, string template, bool withProgram = false)
    {
        var folder = Path.Combine(_work, name);
        var source = Path.Combine(AppContext.BaseDirectory, "Consumer");
        Directory.CreateDirectory(Path.Combine(folder, "store"));
        File.Copy(Path.Combine(source, template), Path.Combine(folder, name + ".csproj"));
        File.Copy(Path.Combine(source, "pets.yaml"), Path.Combine(folder, "api.yaml"));
        File.Copy(Path.Combine(source, "store.yaml"), Path.Combine(folder, "store", "api.yaml"));
        if (withProgram)
        {
            File.Copy(Path.Combine(source, "Program.cs"), Path.Combine(folder, "Program.cs"));
        }

        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="Specweave.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
              <fallbackPackageFolders>
                <add key="machine" value="{machinePackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        // Nothing above the temporary folder may change the build; the version and packages folder come from here.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <SpecweaveVersion>{Version}</SpecweaveVersion>
                <RestorePackagesPath>{Packages}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        return folder;
    }

    /// <summary>An empty folder beside the consumers (no nuget.config: the machine's NuGet settings apply there).</summary>
    public string CreateFolder(string name) => Directory.CreateDirectory(Path.Combine(_work, name)).FullName;

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
}
