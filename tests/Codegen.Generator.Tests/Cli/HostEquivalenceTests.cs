using Codegen.Cli;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Cli;

/// <summary>
/// The host tool reads the spec and its $ref'd files from disk as the pipeline asks for them, and has each file emitted
/// into one reused buffer as it writes it (<see cref="CodegenPipeline.EmitEach"/>); the tests give the pipeline files held
/// in memory and take every file in an array of its own. The files, their hint names and every diagnostic must be the
/// same either way.
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

        var streamed = new List<(string HintName, string Text)>();
        if (host.Model is { } model)
        {
            CodegenPipeline.EmitEach(model, (hintName, utf8) => streamed.Add((hintName, System.Text.Encoding.UTF8.GetString(utf8))));
        }

        streamed.Sort((left, right) => string.CompareOrdinal(left.HintName, right.HintName));
        Assert.Equal(inMemory.Files.Select(f => f.HintName), streamed.Select(f => f.HintName));
        Assert.Equal(inMemory.Files.Select(f => f.Text), streamed.Select(f => f.Text));
        Assert.Equal(inMemory.Diagnostics.Order(StringComparer.Ordinal), host.Diagnostics.Select(GeneratorRunner.Format).Order(StringComparer.Ordinal));
    }
}
