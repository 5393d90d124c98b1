using System.Text.RegularExpressions;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// Depth that comes from chains of $refs between component schemas, each shallow: the loader's depth limit does not
/// see it, so every walk along such a chain must be a loop, not a recursion. Each chain runs on a small stack.
/// </summary>
public sealed class DeepChainTests
{
    /// <summary>S0 merges S1 and an inline part, S1 merges S2 and one, ...: every record has the one property of the chain's end.</summary>
    private static string TwoPartAllOfChain(int length)
        => Spec(length, i => $"{{ allOf: [ {{ $ref: '#/components/schemas/S{i + 1}' }}, {{ type: object }} ] }}", "{ type: object, properties: { end: { type: string } } }");

    [Fact]
    public void A_chain_of_three_thousand_two_part_allOfs_is_merged_on_a_small_stack()
    {
        var output = SmallStackRunner.Run(TwoPartAllOfChain(3_000));

        Assert.Empty(output.Diagnostics);
        Assert.Equal(3_001, SchemaFiles(output));
        Assert.Contains("public string? End { get; init; }", output.FileText("S0.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_chain_of_two_part_allOfs_compiles()
    {
        var output = SmallStackRunner.Run(TwoPartAllOfChain(200));

        Assert.Empty(output.Diagnostics);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    /// <summary>A description whose component schemas are S0 to S<paramref name="length"/>, the last one <paramref name="last"/>.</summary>
    private static string Spec(int length, Func<int, string> schema, string last)
        => "openapi: 3.1.0\ninfo: { title: Chain, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n"
           + string.Concat(Enumerable.Range(0, length).Select(i => $"    S{i}: {schema(i)}\n"))
           + $"    S{length}: {last}\n";

    /// <summary>How many files are component schemas' types (S0.g.cs, S1.g.cs, ...).</summary>
    private static int SchemaFiles(GeneratorOutput output) => output.Files.Count(f => Regex.IsMatch(f.HintName, @"\.S\d+\.g\.cs$"));
}
