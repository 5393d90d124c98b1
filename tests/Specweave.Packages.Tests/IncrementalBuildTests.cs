using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>How a consumer's builds follow edits: one stamp per description, stale output removed.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void Editing_one_spec_regenerates_only_that_one_and_deleting_a_spec_removes_its_output()
    {
        var lib = new LibProject("Incremental");
        var pets = Path.Combine(lib.Folder, "api.yaml");

        Assert.Equal([pets, lib.StoreSpec], LibProject.Generated(lib.Build()).Order(StringComparer.Ordinal));
        var folders = lib.GeneratedFolders();
        Assert.Equal(2, folders.Length);

        // Nothing changed: nothing generated.
        Assert.Empty(LibProject.Generated(lib.Build("--no-restore")));

        // One description edited: only that one regenerated, and the other's files are untouched.
        var petsFiles = folders.Select(f => Directory.GetFiles(f, "*.g.cs")).Single(f => f.Any(n => n.EndsWith("Pet.g.cs", StringComparison.Ordinal)));
        var before = petsFiles.ToDictionary(f => f, File.GetLastWriteTimeUtc);
        File.AppendAllText(lib.StoreSpec, "    Coupon: { type: object, properties: { code: { type: string } } }\n");
        var edited = lib.Build("--no-restore");
        Assert.Equal([lib.StoreSpec], LibProject.Generated(edited));
        Assert.All(before, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));
        Assert.Contains(lib.GeneratedFolders(), f => File.Exists(Path.Combine(f, "Lib.Store.Coupon.g.cs")));

        // One description removed from the project: its folder goes, only the other's files are compiled.
        File.WriteAllText(lib.Project, File.ReadAllText(lib.Project).Replace("<OpenApiSpec Include=\"store/api.yaml\" Namespace=\"Lib.Store\" ClientName=\"Store\" />", string.Empty, StringComparison.Ordinal));
        var removed = lib.Build("--no-restore");
        Assert.Empty(LibProject.Generated(removed));
        Assert.Single(lib.GeneratedFolders());
        Assert.DoesNotContain(lib.GeneratedFolders(), f => Directory.GetFiles(f, "Lib.Store.*").Length > 0);
    }
}
