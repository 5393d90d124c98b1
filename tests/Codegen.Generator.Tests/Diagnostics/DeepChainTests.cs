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
    public void A_chain_of_ten_thousand_two_part_allOfs_is_merged_on_a_small_stack()
    {
        var output = SmallStackRunner.Run(TwoPartAllOfChain(10_000));

        Assert.Empty(output.Diagnostics);
        Assert.Equal(10_001, SchemaFiles(output));
        Assert.Contains("public string? End { get; init; }", output.FileText("S0.g.cs"), StringComparison.Ordinal);
    }

    /// <summary>Every record of the chain merges the parts below it: if each walked them again, the work would grow with the square of the chain.</summary>
    [Fact]
    public void Merging_a_chain_of_allOfs_twice_as_long_is_about_twice_the_work()
    {
        var (_, shorter) = SmallStackRunner.RunCountingAllocations(TwoPartAllOfChain(2_000));
        var (_, longer) = SmallStackRunner.RunCountingAllocations(TwoPartAllOfChain(4_000));

        Assert.True(longer < 3 * shorter, $"2,000 parts allocated {shorter:N0} bytes, 4,000 allocated {longer:N0}");
    }

    [Fact]
    public void A_short_chain_of_two_part_allOfs_compiles()
    {
        var output = SmallStackRunner.Run(TwoPartAllOfChain(200));

        Assert.Empty(output.Diagnostics);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    /// <summary>S0 is S1, S1 is S2, ...: every component a $ref and nothing else, down to an object at the end (or, closed, back to S0).</summary>
    private static string AliasChain(int length, bool closed = false)
        => Spec(length, i => $"{{ $ref: '#/components/schemas/S{i + 1}' }}", closed ? "{ $ref: '#/components/schemas/S0' }" : "{ type: object, properties: { end: { type: string } } }");

    [Fact]
    public void A_chain_of_ten_thousand_aliases_is_one_record()
    {
        var output = SmallStackRunner.Run(AliasChain(10_000));

        Assert.Empty(output.Diagnostics);
        Assert.Equal(1, SchemaFiles(output));
        Assert.Contains("public string? End { get; init; }", output.FileText("S10000.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_of_ten_thousand_aliases_is_one_located_error()
    {
        var text = AliasChain(10_000, closed: true);

        var output = SmallStackRunner.Run(text);

        var error = Assert.Single(output.Diagnostics);
        Assert.StartsWith("input.yaml(6,9): error OAG0010: The $ref '#/components/schemas/S1' refers to itself", error, StringComparison.Ordinal);
        Assert.Empty(output.Files);
    }

    /// <summary>
    /// Every component of an alias chain is read, and each is resolved to the chain's end: if each walked the rest of the
    /// chain again, the work would grow with the square of its length. Twice the chain must cost about twice the work,
    /// not four times (measured in bytes allocated, which the machine's load does not change).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Resolving_an_alias_chain_twice_as_long_is_about_twice_the_work(bool closed)
    {
        var (_, shorter) = SmallStackRunner.RunCountingAllocations(AliasChain(2_000, closed));
        var (_, longer) = SmallStackRunner.RunCountingAllocations(AliasChain(4_000, closed));

        Assert.True(longer < 3 * shorter, $"2,000 aliases allocated {shorter:N0} bytes, 4,000 allocated {longer:N0}");
    }

    /// <summary>
    /// YAML aliases nest too: each anchor here is 190 levels of lists around an alias of the one before, within the
    /// loader's depth limit as written and within the limit on nodes aliases add, but 4,750 levels deep once expanded,
    /// under a schema's default, whose JSON is written by walking it.
    /// </summary>
    [Fact]
    public void Aliases_that_nest_a_value_thousands_of_levels_deep_are_a_located_error()
    {
        var anchors = string.Concat(Enumerable.Range(0, 25).Select(i =>
            $"        k{i}: &A{i} {new string('[', 190)}{(i == 0 ? "1" : "*A" + (i - 1))}{new string(']', 190)}\n"));
        var text = "openapi: 3.1.0\ninfo: { title: Anchors, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    S:\n      type: object\n      x-anchors:\n"
                   + anchors + "      default: { v: *A24 }\n";

        var output = SmallStackRunner.Run(text);

        var error = Assert.Single(output.Diagnostics);
        Assert.StartsWith("input.yaml(34,21): error OAG0023: The YAML alias '*A24' nests the document more than 200 levels deep", error, StringComparison.Ordinal);
        Assert.Empty(output.Files);
    }

    /// <summary>Markdown nests without $refs: a description of 10,000 quotes in one another, past Markdig's limit, still gives a client.</summary>
    [Fact]
    public void A_description_of_ten_thousand_nested_quotes_gives_a_client_that_compiles()
    {
        var quotes = string.Concat(Enumerable.Repeat("> ", 10_000));
        var text = $"openapi: 3.1.0\ninfo: {{ title: Quotes, version: '1', description: '{quotes}deep' }}\npaths:\n  /x:\n    get:\n      operationId: getX\n      description: '{quotes}deep'\n      responses: {{ '200': {{ description: ok }} }}\n";

        var output = SmallStackRunner.Run(text);

        Assert.Empty(output.Diagnostics);
        Assert.Contains("&gt; &gt; deep", output.FileText("IQuotesApi.g.cs"), StringComparison.Ordinal);
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
