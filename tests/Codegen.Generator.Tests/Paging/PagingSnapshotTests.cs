using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// Locks the paging code generated for Specs/paging/link-kind.yaml: the pager class (the paging types it uses are
/// Specweave.Runtime's) and the JSON-content filter that formats itself. A change shows up as a diff in review (README: reviewing
/// snapshot changes).
/// </summary>
public sealed class PagingSnapshotTests
{
    private static readonly Lazy<GeneratorOutput> Output = new(() =>
        GeneratorRunner.RunOnFile(Path.Combine(TestPaths.TestSpecs, "paging", "link-kind.yaml"), "LinkPaging.Client", "Store"));

    [Theory]
    [InlineData("StoreApiPaging")]
    [InlineData("ItemFilter")]
    [InlineData("IStoreApi")]
    public void Generated_paging_file_matches_its_snapshot(string typeName)
    {
        var text = Output.Value.Files.Single(f => f.HintName == $"LinkPaging.Client.{typeName}.g.cs").Text;
        Snapshot.Match(SnapshotText.Of(text), SnapshotNameExtension.Create(typeName));
    }
}
