using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.Customers;

/// <summary>
/// Locks every file generated for the customers spec. A change to the spec or the generator shows up
/// as a snapshot diff in review; see README "Reviewing snapshot changes".
/// </summary>
public sealed class CustomersGeneratedCodeSnapshotTests
{
    private static readonly Lazy<GeneratorOutput> Output = new(() =>
        GeneratorRunner.RunOnFile(TestPaths.CustomersSpec, "PartnerCenter.Customers", "PartnerCenterCustomers"));

    public static TheoryData<string> GeneratedFileNames()
    {
        var data = new TheoryData<string>();
        foreach (var (hintName, _) in Output.Value.Files)
        {
            data.Add(hintName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedFileNames))]
    public void Generated_file_matches_its_snapshot(string hintName)
    {
        var text = Output.Value.Files.Single(f => f.HintName == hintName).Text;
        Snapshot.Match(SnapshotText.Of(text), SnapshotNameExtension.Create(hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_set_of_generated_files_is_locked()
    {
        Snapshot.Match(string.Join("\n", Output.Value.Files.Select(f => f.HintName)));
    }
}
