using Xunit;

namespace Codegen.Build.Tests;

/// <summary>What a developer relies on across builds: generate, skip when unchanged, regenerate on a spec edit.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly PetsProject _project = new();

    [Fact]
    public void Build_generates_then_skips_when_unchanged_then_regenerates_when_the_spec_changes()
    {
        var first = _project.Build();
        Assert.Contains("codegen: generating from pets.yaml", first, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_project.GeneratedFolder, "Pets.Client.Pet.g.cs")));
        Assert.Empty(Directory.EnumerateFiles(_project.Folder, "*.g.cs", SearchOption.TopDirectoryOnly));

        var second = _project.Build();
        Assert.DoesNotContain("codegen: generating", second, StringComparison.Ordinal);
        Assert.Contains("Skipping target \"CodegenGenerate\" because all output files are up-to-date", second, StringComparison.Ordinal);

        File.WriteAllText(_project.SpecPath, PetsProject.Spec.Replace("name: { type: string }", "name: { type: string }\n        age: { type: integer }", StringComparison.Ordinal));
        var third = _project.Build();
        Assert.Contains("codegen: generating from pets.yaml", third, StringComparison.Ordinal);
        Assert.Contains("Age", File.ReadAllText(Path.Combine(_project.GeneratedFolder, "Pets.Client.Pet.g.cs")), StringComparison.Ordinal);
    }

    public void Dispose() => _project.Dispose();
}
