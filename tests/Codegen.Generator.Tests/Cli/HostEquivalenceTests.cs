using Codegen.Cli;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Cli;

/// <summary>
/// The host tool reads the spec and its $ref'd files from disk as the pipeline asks for them, and writes each file as it
/// is emitted into one reused buffer (<see cref="CodegenPipeline.EmitEach"/>, <see cref="OutputDirectory"/>); the tests
/// give the pipeline files held in memory and take every file at once (<see cref="CodegenPipeline.Emit"/>). The files on disk, their names
/// and every diagnostic must be the same either way.
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
    public void The_host_writes_what_the_pipeline_generates_from_files_in_memory(string relativePath)
    {
        var spec = Path.Combine(AppContext.BaseDirectory, relativePath);
        var folder = Directory.CreateTempSubdirectory("host-equivalence-");
        try
        {
            var request = new GenerationRequest(spec, "Same.Client", folder.FullName, null, InterfacePerTag: false, AllowExternalReferences: false, null);
            var host = GeneratorHost.Run(request, CancellationToken.None);
            if (host.Model is { } model)
            {
                OutputDirectory.Write(folder.FullName, write => CodegenPipeline.EmitEach(model, write), CancellationToken.None);
            }

            var inMemory = GeneratorRunner.RunOnFile(spec, "Same.Client");
            var written = folder.GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            Assert.Equal(inMemory.Files.Select(f => f.HintName), written.Select(f => f.Name));

            // Byte for byte: a file after a larger one must not carry the buffer's tail.
            Assert.Equal(inMemory.Files.Select(f => f.Text), written.Select(f => File.ReadAllText(f.FullName)));
            Assert.Equal(inMemory.Files.Select(f => System.Text.Encoding.UTF8.GetByteCount(f.Text)), written.Select(f => (int)f.Length));
            Assert.Equal(inMemory.Diagnostics.Order(StringComparer.Ordinal), host.Diagnostics.Select(GeneratorRunner.Format).Order(StringComparer.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
