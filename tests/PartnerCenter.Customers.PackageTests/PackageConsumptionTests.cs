using Xunit;

namespace PartnerCenter.Customers.PackageTests;

/// <summary>
/// The packed client as a user gets it: what the package holds, and a project outside the repository that
/// consumes it from a local feed, run on the JIT and published as Native AOT.
/// </summary>
public sealed class PackageConsumptionTests(PackedConsumer consumer) : IClassFixture<PackedConsumer>
{
    [Fact]
    public void Package_holds_the_library_its_docs_and_readme_and_depends_on_refit_not_the_generator()
    {
        var entries = consumer.Entries();
        Assert.Contains("lib/net10.0/PartnerCenter.Customers.dll", entries);
        Assert.Contains("lib/net10.0/PartnerCenter.Customers.xml", entries);
        Assert.Contains("README.md", entries);

        var dependencies = consumer.DependencyIds();
        // The generator is a build-time tool, never a dependency of the package; the generated types' runtime is.
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Codegen", StringComparison.Ordinal));
        Assert.DoesNotContain("Specweave.Build", dependencies);
        Assert.Contains("Specweave.Runtime", dependencies);
        Assert.Contains("Refit", dependencies);
    }

    [Fact]
    public void Package_is_consumable_from_a_project_outside_the_repository()
    {
        var output = DotnetProcess.Run($"\"{consumer.BuiltAssembly}\"", consumer.Folder);

        AssertConsumerOutput(output);
    }

    [Fact]
    public void Package_client_publishes_as_native_aot_without_warnings_and_runs()
    {
        // Trim and AOT warnings (IL2xxx/IL3xxx) are errors in the consumer: any reflection need fails here.
        DotnetProcess.Run("publish -c Release --no-restore -p:PublishAot=true -o aot", consumer.Folder);
        var aot = Path.Combine(consumer.Folder, "aot");
        var output = DotnetProcess.RunProgram(Path.Combine(aot, "Consumer"), string.Empty, aot);

        AssertConsumerOutput(output);
    }

    private static void AssertConsumerOutput(string output)
    {
        Assert.Contains("id=aaaabbbb-0000-cccc-1111-dddd2222eeee", output, StringComparison.Ordinal);
        Assert.Contains("relationship=reseller", output, StringComparison.Ordinal);
        Assert.Contains("tags=TestCustomer,USCustomer", output, StringComparison.Ordinal);
        Assert.Contains("etag=-4242348048554929329", output, StringComparison.Ordinal);
        Assert.Contains("roundtrip=True", output, StringComparison.Ordinal);
    }
}
