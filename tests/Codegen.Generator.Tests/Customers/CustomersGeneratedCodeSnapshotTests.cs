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
    /// <summary>The options src/PartnerCenter.Customers/PartnerCenter.Customers.csproj gives, so the snapshots show what the client ships.</summary>
    private static readonly Lazy<GeneratorOutput> Output = new(() =>
        GeneratorRunner.RunOnFile(TestPaths.CustomersSpec, "PartnerCenter.Customers", "PartnerCenterCustomers", omitHeaders: ProjectOmitHeaders()));

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

    /// <summary>OmitHeaders of the client's OpenApiSpec item, read from the project file.</summary>
    private static string[] ProjectOmitHeaders()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Codegen.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("The repository root (Codegen.sln) is not above " + AppContext.BaseDirectory);
        }

        var project = System.Xml.Linq.XDocument.Load(Path.Combine(root.FullName, "src", "PartnerCenter.Customers", "PartnerCenter.Customers.csproj"));
        var item = project.Descendants("OpenApiSpec").Single();
        return ((string?)item.Attribute("OmitHeaders") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void The_set_of_generated_files_is_locked()
    {
        Snapshot.Match(string.Join("\n", Output.Value.Files.Select(f => f.HintName)));
    }
}
