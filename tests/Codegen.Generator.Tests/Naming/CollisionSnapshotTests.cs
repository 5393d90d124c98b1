using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.Naming;

/// <summary>
/// Locks what the one collision rule of docs/naming.md makes of Specs/naming/collisions.yaml: a member named like its
/// type, like a member every record, enum or object has, like another name after conversion, like the extension data,
/// a duplicated operationId and a keyword parameter; and the warnings that say what each collided with.
/// </summary>
public sealed class CollisionSnapshotTests
{
    private static readonly Lazy<GeneratorOutput> Output = new(() =>
        GeneratorRunner.RunOnFile(Path.Combine(TestPaths.TestSpecs, "naming", "collisions.yaml"), "Collisions.Client"));

    [Theory]
    [InlineData("Class")]
    [InlineData("Status")]
    [InlineData("ICollisionsApi")]
    public void Generated_file_matches_its_snapshot(string typeName)
    {
        var text = Output.Value.Files.Single(f => f.HintName == $"Collisions.Client.{typeName}.g.cs").Text;
        Snapshot.Match(SnapshotText.Of(text), SnapshotNameExtension.Create(typeName));
    }

    [Fact]
    public void The_warnings_match_their_snapshot()
        => Snapshot.Match(Output.Value.Diagnostics);

    [Fact]
    public void The_generated_client_compiles_without_warnings()
        => Assert.Empty(GeneratedCodeCompiler.Compile(Output.Value.Files).Diagnostics);
}
