using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using Xunit;

namespace PartnerCenter.Customers.PackageTests;

/// <summary>
/// Packs src/PartnerCenter.Customers once and builds, outside the repository, one project that consumes
/// the package from a local feed, as a user would. Shared by the package tests: packing and restoring are
/// the slow part and identical for every test, so they are done once per run.
/// </summary>
public sealed class PackedConsumer : IDisposable
{
    public const string Version = "0.0.0-packagetest";

    private readonly string _work = Directory.CreateTempSubdirectory("pc-package-").FullName;

    public PackedConsumer()
    {
        var feed = Path.Combine(_work, "feed");
        DotnetProcess.Run($"pack \"{Path.Combine(TestAssembly.RepoRoot, "src", "PartnerCenter.Customers")}\" -c {TestAssembly.Configuration} --no-build -o \"{feed}\" -p:Version={Version}", TestAssembly.RepoRoot);
        // The generated types' runtime package, a dependency of the client's package (of the same version here).
        DotnetProcess.Run($"pack \"{Path.Combine(TestAssembly.RepoRoot, "generator", "Specweave.Runtime")}\" -c {TestAssembly.Configuration} --no-build -o \"{feed}\" -p:Version={Version}", TestAssembly.RepoRoot);
        Package = Path.Combine(feed, $"PartnerCenter.Customers.{Version}.nupkg");

        Folder = Path.Combine(_work, "consumer");
        CreateProject(feed);
        // One restore for the machine's runtime identifier serves both the JIT build and the Native AOT publish.
        DotnetProcess.Run("restore", Folder);
        DotnetProcess.Run("build -c Release --no-restore", Folder);
    }

    /// <summary>The packed .nupkg.</summary>
    public string Package { get; }

    /// <summary>The consumer project's folder, restored and built.</summary>
    public string Folder { get; }

    /// <summary>The consumer built for the JIT, as <c>dotnet build</c> leaves it.</summary>
    public string BuiltAssembly => Path.Combine(Folder, "bin", "Release", "net10.0", RuntimeInformation.RuntimeIdentifier, "Consumer.dll");

    /// <summary>Package ids the .nupkg depends on.</summary>
    public IReadOnlyList<string> DependencyIds()
    {
        using var archive = ZipFile.OpenRead(Package);
        using var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).ToList();
    }

    /// <summary>Paths of the files the .nupkg holds.</summary>
    public IReadOnlyList<string> Entries()
    {
        using var archive = ZipFile.OpenRead(Package);
        return archive.Entries.Select(e => e.FullName).ToList();
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

    private void CreateProject(string feed)
    {
        Directory.CreateDirectory(Folder);
        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.Copy(Path.Combine(template, "Consumer.csproj.template"), Path.Combine(Folder, "Consumer.csproj"));
        File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(Folder, "Program.cs"));
        File.Copy(Path.Combine(template, "customer.json"), Path.Combine(Folder, "customer.json"));
        File.WriteAllText(Path.Combine(Folder, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <PartnerCenterCustomersVersion>{Version}</PartnerCenterCustomersVersion>
                <RuntimeIdentifier>{RuntimeInformation.RuntimeIdentifier}</RuntimeIdentifier>
                <RestoreAdditionalProjectSources>{feed}</RestoreAdditionalProjectSources>
                <RestorePackagesPath>{Path.Combine(_work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <None Include="customer.json" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
    }
}
