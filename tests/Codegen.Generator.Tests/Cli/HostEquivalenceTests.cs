using Codegen.Cli;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Cli;

/// <summary>
/// The host tool reads the spec and its $ref'd files from disk as the pipeline asks for them; the tests give the
/// pipeline files held in memory. The files, their hint names and every diagnostic must be the same either way.
/// </summary>
public sealed class HostEquivalenceTests
{
    public static TheoryData<string> Specs => new()
    {
        "spec/partner-center-customers.yaml",
        "corpus/large/argo-workflows.json",
        "Specs/operations/duplicate-operation-id.yaml",
        "Specs/schemas/untrusted.yaml",
        "Specs/operations/refs/a.yaml",
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_host_generates_what_the_pipeline_generates_from_files_in_memory(string relativePath)
    {
        var spec = Path.Combine(AppContext.BaseDirectory, relativePath);
        var request = new GenerationRequest(spec, "Same.Client", Path.Combine(Path.GetTempPath(), "unused"), null, InterfacePerTag: false, AllowExternalReferences: false, null);

        var host = GeneratorHost.Run(request, CancellationToken.None);
        var inMemory = GeneratorRunner.RunOnFile(spec, "Same.Client");

        Assert.Equal(inMemory.Files.Select(f => f.HintName), host.Files.Select(f => f.Key));
        Assert.Equal(inMemory.Files.Select(f => f.Text), host.Files.Select(f => f.Value.Text));
        Assert.Equal(inMemory.Diagnostics.Order(StringComparer.Ordinal), host.Diagnostics.Select(GeneratorRunner.Format).Order(StringComparer.Ordinal));
    }
}
