using Codegen.Benchmarks;
using Codegen.Generator.Parsing.Tree;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// The direct readers (<see cref="JsonTreeReader"/>, <see cref="YamlTreeReader"/>) read a text exactly as
/// YamlDotNet does, to every value, style, line and column, or not at all (then YamlDotNet reads it). Checked on
/// every description in the repository, on YAML renderings of the large ones, and on constructs chosen to be hard.
/// </summary>
public sealed class TreeReaderTests
{
    public static TheoryData<string> Descriptions()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { TestPaths.SpecFolder, TestPaths.TestSpecs, TestPaths.RepositoryCorpus })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void A_description_read_directly_reads_as_YamlDotNet_reads_it(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
        var direct = relativePath.EndsWith(".json", StringComparison.Ordinal) ? JsonTreeReader.TryRead(text) : YamlTreeReader.TryRead(text);
        if (direct is not null)
        {
            TreeAssert.Equal(TreeAssert.ReadWithYamlDotNet(text) ?? throw new InvalidOperationException("read directly, refused by YamlDotNet"), direct);
        }
    }

    /// <summary>Descriptions as people write them take the direct path; only test inputs built to be odd go to YamlDotNet.</summary>
    public static TheoryData<string> RealDescriptions()
    {
        var data = new TheoryData<string> { "spec/partner-center-customers.yaml" };
        foreach (var file in Directory.EnumerateFiles(TestPaths.RepositoryCorpus, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealDescriptions))]
    public void A_real_description_is_read_directly(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
        Assert.NotNull(relativePath.EndsWith(".json", StringComparison.Ordinal) ? JsonTreeReader.TryRead(text) : YamlTreeReader.TryRead(text));
    }

    public static TheoryData<string> LargeDescriptions() => new() { "argo-workflows.json", "box.json", "discord.json" };

    [Theory]
    [MemberData(nameof(LargeDescriptions))]
    public void A_YAML_rendering_of_a_large_description_is_read_directly_and_as_YamlDotNet_reads_it(string file)
    {
        var yaml = YamlRendering.FromJson(File.ReadAllText(Path.Combine(TestPaths.RepositoryCorpus, "large", file)));
        var expected = TreeAssert.ReadWithYamlDotNet(yaml);
        Assert.NotNull(expected);

        var direct = YamlTreeReader.TryRead(yaml);
        Assert.NotNull(direct);
        TreeAssert.Equal(expected, direct);
    }
}
