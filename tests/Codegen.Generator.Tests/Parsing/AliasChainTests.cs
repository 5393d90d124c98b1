using System.Text.RegularExpressions;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// Where a chain of $refs goes is kept for every $ref on it, so that no chain is walked twice. What is reported must
/// not change: a cycle once per set of $refs a walk sees (so once from the $refs on it, once from each $ref leading
/// into it), at the $ref where that walk comes back, and a $ref that does not resolve at that $ref.
/// </summary>
public sealed class AliasChainTests
{
    /// <summary>C, D and E are a cycle; A and B lead into it at C, F at D; M leads to N, which does not resolve.</summary>
    private static readonly string[] Components =
    [
        "A: { $ref: '#/components/schemas/B' }",
        "B: { $ref: '#/components/schemas/C' }",
        "C: { $ref: '#/components/schemas/D' }",
        "D: { $ref: '#/components/schemas/E' }",
        "E: { $ref: '#/components/schemas/C' }",
        "F: { $ref: '#/components/schemas/D' }",
        "G: { type: object, properties: { a: { $ref: '#/components/schemas/A' }, f: { $ref: '#/components/schemas/F' }, m: { $ref: '#/components/schemas/M' } } }",
        "M: { $ref: '#/components/schemas/N' }",
        "N: { $ref: '#/components/schemas/Nowhere' }",
    ];

    [Fact]
    public void Chains_into_a_cycle_and_to_a_missing_schema_are_reported_where_the_walk_from_each_component_stops()
    {
        var output = SmallStackRunner.Run(Spec(Components));

        // A's walk (B's too) enters the cycle at C and comes back through E's $ref; walks from C, D and E see the same
        // cycle as B's and are not reported again; G's property f enters it through F at D, and comes back through C's.
        Assert.Equal(
            [
                "input.yaml(8,8): error OAG0010: '#/components/schemas/D'",
                "input.yaml(10,8): error OAG0010: '#/components/schemas/C'",
                "input.yaml(14,8): error OAG0002: '#/components/schemas/Nowhere'",
            ],
            output.Diagnostics.Select(Short));
    }

    [Fact]
    public void Read_in_the_other_order_the_same_chains_are_reported_where_the_walks_then_stop()
    {
        var output = SmallStackRunner.Run(Spec(Components.Reverse()));

        // N's $ref does not resolve; G's property a enters the cycle through A at C, and comes back through E's $ref;
        // its property f, through F at D, comes back through C's; the components after G find nothing new.
        Assert.Equal(
            [
                "input.yaml(6,8): error OAG0002: '#/components/schemas/Nowhere'",
                "input.yaml(10,8): error OAG0010: '#/components/schemas/C'",
                "input.yaml(12,8): error OAG0010: '#/components/schemas/D'",
            ],
            output.Diagnostics.Select(Short));
    }

    private static string Spec(IEnumerable<string> components)
        => "openapi: 3.1.0\ninfo: { title: Aliases, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n" + string.Concat(components.Select(c => "    " + c + "\n"));

    /// <summary>The location, id and the $ref named: what the report is about, without the wording.</summary>
    private static string Short(string diagnostic) => Regex.Replace(diagnostic, @"^(?<where>.*?): The \$ref (?<reference>\S+) .*$", "${where}: ${reference}");
}
