using System.Runtime.InteropServices;
using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>
/// A console app outside the repository with one PackageReference (Specweave.Build) and two OpenApiSpec items, the
/// second in a subfolder with the same file name, both generated into one namespace: built once, run on the JIT and
/// published as Native AOT. The second has a deprecated operation and schema, so the zero-warning build also shows
/// that Refit's generated code on [Obsolete] types is kept clean by the package's suppressor.
/// </summary>
public sealed class ConsumerApp : IDisposable
{
    public ConsumerApp()
    {
        Folder = PackedFeed.Shared.CreateConsumer("App", "App.csproj.template", withProgram: true);
        // One restore for the machine's runtime identifier serves the JIT build and the Native AOT publish.
        DotnetProcess.Run($"restore -r {RuntimeInformation.RuntimeIdentifier}", Folder);
        // Normal verbosity: the log then shows the command each generation ran.
        BuildOutput = DotnetProcess.Run($"build -c Release --no-restore -r {RuntimeInformation.RuntimeIdentifier} -nodeReuse:false -v:n", Folder);
    }

    public string Folder { get; }

    public string BuildOutput { get; }

    public string BuiltAssembly => Path.Combine(Folder, "bin", "Release", "net10.0", RuntimeInformation.RuntimeIdentifier, "App.dll");

    public void Dispose()
    {
    }
}

public sealed class ConsumerAppTests(ConsumerApp app) : IClassFixture<ConsumerApp>
{
    [Fact]
    public void Builds_with_zero_warnings_from_one_package_reference_and_calls_both_clients_over_loopback()
    {
        Assert.DoesNotContain(": warning ", app.BuildOutput, StringComparison.Ordinal);
        // Each description has its own folder, keyed by its full path: api.yaml and store/api.yaml do not meet.
        var generated = Directory.GetDirectories(Path.Combine(app.Folder, "obj", "Release", "net10.0", RuntimeInformation.RuntimeIdentifier, "specweave"));
        Assert.Equal(2, generated.Length);
        Assert.All(generated, folder => Assert.StartsWith("api-", Path.GetFileName(folder), StringComparison.Ordinal));
        // Only the API's own types: the support types are Specweave.Runtime's.
        var files = generated.SelectMany(f => Directory.GetFiles(f, "*.g.cs")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Shop.Client.IPetsApi.g.cs", "Shop.Client.IStoreApi.g.cs", "Shop.Client.LegacyOrder.g.cs", "Shop.Client.Order.g.cs", "Shop.Client.OrderItem.g.cs", "Shop.Client.Pet.g.cs", "Shop.Client.PetsJsonContext.g.cs", "Shop.Client.StoreJsonContext.g.cs"],
            files);

        AssertOutput(DotnetProcess.Run($"\"{app.BuiltAssembly}\"", app.Folder));
    }

    [Fact]
    public void Generates_with_the_native_executable_on_linux_x64_and_with_the_portable_build_elsewhere()
    {
        // The package carries a Native AOT build for linux-x64 only; run directly, not by dotnet. It must have started:
        // the portable build also runs after a native one that could not (NativeToolFallbackTests).
        var tool = PackedFeed.RunsNativeHere ? $"/tools/{PackedFeed.NativeRid}/Codegen.Cli\" generate " : "/tools/any/Codegen.Cli.dll\" generate ";
        Assert.Contains(tool, app.BuildOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be started", app.BuildOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishes_as_native_aot_without_trim_or_aot_warnings_and_runs()
    {
        // TreatWarningsAsErrors is on in the consumer: any IL2xxx/IL3xxx warning fails the publish.
        var publish = DotnetProcess.Run($"publish -c Release --no-restore -r {RuntimeInformation.RuntimeIdentifier} -nodeReuse:false -o aot", app.Folder);
        Assert.DoesNotContain(": warning ", publish, StringComparison.Ordinal);
        var aot = Path.Combine(app.Folder, "aot");

        AssertOutput(DotnetProcess.RunProgram(Path.Combine(aot, "App"), string.Empty, aot));
    }

    private static void AssertOutput(string output)
    {
        Assert.Contains("pet=Rex tags=good,dog", output, StringComparison.Ordinal);
        Assert.Contains("order=7 sku=A-1 unknown=gift", output, StringComparison.Ordinal);
        Assert.Contains("equal=True", output, StringComparison.Ordinal);
    }
}
