using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using Xunit;

namespace PartnerCenter.Customers.PackageTests;

/// <summary>
/// Packs src/PartnerCenter.Customers, checks what the package holds, and builds and runs a project
/// outside the repository that consumes it from a local feed.
/// </summary>
public sealed class PackageConsumptionTests : IDisposable
{
    private const string Version = "0.0.0-packagetest";
    private readonly string _work = Directory.CreateTempSubdirectory("pc-package-").FullName;

    [Fact]
    public void Package_is_consumable_from_a_project_outside_the_repository()
    {
        var consumer = CreateConsumer(PackClient());

        var output = Run("dotnet", "run -c Release", consumer);

        AssertConsumerOutput(output);
    }

    [Fact]
    public void Package_client_publishes_as_native_aot_without_warnings_and_runs()
    {
        var consumer = CreateConsumer(PackClient());

        // Trim and AOT warnings (IL2xxx/IL3xxx) are errors in the consumer: any reflection need fails here.
        Run("dotnet", "publish -c Release -r linux-x64 -p:PublishAot=true -o aot", consumer);
        var output = Run(Path.Combine(consumer, "aot", "Consumer"), string.Empty, Path.Combine(consumer, "aot"));

        AssertConsumerOutput(output);
    }

    private string PackClient()
    {
        var feed = Path.Combine(_work, "feed");
        Run("dotnet", $"pack \"{Path.Combine(RepoRoot, "src", "PartnerCenter.Customers")}\" -c {Configuration} --no-build -o \"{feed}\" -p:Version={Version}", RepoRoot);
        AssertPackageContents(Path.Combine(feed, $"PartnerCenter.Customers.{Version}.nupkg"));
        return feed;
    }

    private string CreateConsumer(string feed)
    {
        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(consumer);
        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.Copy(Path.Combine(template, "Consumer.csproj.template"), Path.Combine(consumer, "Consumer.csproj"));
        File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(consumer, "Program.cs"));
        File.Copy(Path.Combine(template, "customer.json"), Path.Combine(consumer, "customer.json"));
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <PartnerCenterCustomersVersion>{Version}</PartnerCenterCustomersVersion>
                <RestoreAdditionalProjectSources>{feed}</RestoreAdditionalProjectSources>
                <RestorePackagesPath>{Path.Combine(_work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <None Include="customer.json" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        return consumer;
    }

    private static void AssertConsumerOutput(string output)
    {
        Assert.Contains("id=aaaabbbb-0000-cccc-1111-dddd2222eeee", output, StringComparison.Ordinal);
        Assert.Contains("relationship=reseller", output, StringComparison.Ordinal);
        Assert.Contains("tags=TestCustomer,USCustomer", output, StringComparison.Ordinal);
        Assert.Contains("etag=-4242348048554929329", output, StringComparison.Ordinal);
        Assert.Contains("roundtrip=True", output, StringComparison.Ordinal);
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

    private static void AssertPackageContents(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/PartnerCenter.Customers.dll", names);
        Assert.Contains("lib/net10.0/PartnerCenter.Customers.xml", names);
        Assert.Contains("README.md", names);

        using var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).ToList();

        // The generator is a build-time tool of this repository, never a dependency of the package.
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Codegen", StringComparison.Ordinal));
        Assert.Contains("Refit", dependencies);
    }

    private static string Configuration => Metadata("Configuration");

    private static string RepoRoot => Metadata("RepoRoot");

    private static string Metadata(string key) => typeof(PackageConsumptionTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;

    private static string Run(string file, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in 5 minutes.");
        }

        var output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited {process.ExitCode}:\n{output}");
        return output;
    }
}
