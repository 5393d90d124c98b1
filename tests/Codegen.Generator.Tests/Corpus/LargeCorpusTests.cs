using System.Diagnostics;
using Xunit.Abstractions;

namespace Codegen.Generator.Tests.Corpus;

/// <summary>
/// The large real descriptions (hundreds of operations and schemas each) generate a client that compiles
/// with Refit's and System.Text.Json's generators and no warning; the generator's diagnostics are exactly
/// those in <see cref="CorpusCases.Large"/>. One generation and one compilation per description: they are
/// the slowest tests of the project, so the time each takes is written to the test output.
/// </summary>
public sealed class LargeCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Large => CorpusCases.Large;

    [Theory]
    [MemberData(nameof(Large))]
    public void Large_description_generates_a_client_that_compiles_without_warnings(string relativePath, string[] expectedDiagnostics)
    {
        var watch = Stopwatch.StartNew();

        var files = CorpusClient.AssertGeneratesAndCompiles(relativePath, allowExternalReferences: false, expectedDiagnostics);

        output.WriteLine($"{relativePath}: {files} files generated and compiled in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
