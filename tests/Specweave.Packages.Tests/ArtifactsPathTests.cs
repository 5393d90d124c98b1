using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>An absolute intermediate path (dotnet build --artifacts-path, BenchmarkDotNet's default runner).</summary>
public sealed class ArtifactsPathTests
{
    [Fact]
    public void A_build_with_an_artifacts_path_writes_nothing_under_the_project_folder_and_a_plain_build_after_it_succeeds()
    {
        var lib = new LibProject("Artifacts");
        var artifacts = Path.Combine(Path.GetDirectoryName(lib.Folder)!, "Artifacts-out");
        var before = Snapshot(lib.Folder);

        var output = lib.Build($"--artifacts-path \"{artifacts}\"");

        Assert.Equal(2, LibProject.Generated(output).Length);
        Assert.Equal(before, Snapshot(lib.Folder));
        Assert.NotEmpty(Directory.GetFiles(artifacts, "*.g.cs", SearchOption.AllDirectories));

        // The plain build does not see the first one's files (no duplicate types), and generates its own.
        Assert.Equal(2, LibProject.Generated(lib.Build()).Length);
    }

    private static string[] Snapshot(string folder)
        => Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
}
