using Codegen.Generator.Parsing.Tree;
using Codegen.Generator.Tests.Diagnostics;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// The direct readers on broken and odd text: every mutant of the robustness tests (descriptions cut short
/// at many points, hand-written breakage, odd but valid constructs). Whenever a direct reader reads one, its
/// tree is YamlDotNet's; whenever YamlDotNet refuses one, the direct reader has refused it too, so the error
/// message and location come from YamlDotNet as before.
/// </summary>
public sealed class TreeReaderMutantTests
{
    public static TheoryData<string> Sources => new() { "spec/partner-center-customers.yaml", "corpus/openapi-examples/v3.0-petstore-expanded.json", "corpus/openapi-examples/v3.0-uspto.yaml" };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Text_cut_short_is_read_as_YamlDotNet_reads_it_or_left_to_it(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
        foreach (var (_, mutant) in MalformedInputs.Truncations(relativePath, text, 150))
        {
            AssertReadAlike(mutant);
        }
    }

    [Fact]
    public void Hand_written_breakage_and_odd_constructs_are_read_as_YamlDotNet_reads_them_or_left_to_it()
    {
        foreach (var (_, text) in MalformedInputs.HandWritten().Concat(MalformedInputs.Unsupported()).Concat(MalformedInputs.OddButValid()))
        {
            AssertReadAlike(text);
        }
    }

    [Fact]
    public void Wrong_node_types_everywhere_are_read_as_YamlDotNet_reads_them()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryCorpus, "openapi-examples", "v3.0-petstore.yaml"));
        foreach (var (_, mutant) in MalformedInputs.WrongNodeTypes("petstore", text))
        {
            AssertReadAlike(mutant);
        }
    }

    private static void AssertReadAlike(string text)
    {
        var expected = TreeAssert.ReadWithYamlDotNet(text);
        foreach (var direct in new[] { JsonTreeReader.TryRead(text), YamlTreeReader.TryRead(text) })
        {
            if (direct is not null)
            {
                Assert.True(expected is not null, "read directly, refused by YamlDotNet:\n" + text);
                TreeAssert.Equal(expected, direct);
            }
        }
    }
}
