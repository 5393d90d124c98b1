using Codegen.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// Whatever the input, the generator never throws and ends in a located error or in a client that compiles:
/// malformed YAML and JSON, wrong node types at every level, truncations, $ref cycles, YAML alias bombs, deep nesting.
/// </summary>
public sealed class RobustnessTests(ITestOutputHelper testOutput)
{
    public static TheoryData<string> HandWrittenCases => new(MalformedInputs.HandWritten().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(HandWrittenCases))]
    public void A_malformed_description_gives_located_diagnostics_and_no_exception(string name)
    {
        var text = MalformedInputs.HandWritten().Single(c => c.Name == name).Text;

        var output = SmallStackRunner.Run(text);

        Assert.Contains(output.Diagnostics, LocatedDiagnostic.IsError);
        AssertLocated(output.Diagnostics, text);
        Assert.Empty(output.Files);
    }

    public static TheoryData<string> UnsupportedCases => new(MalformedInputs.Unsupported().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(UnsupportedCases))]
    public void An_unsupported_construct_is_a_located_warning_and_the_output_compiles(string name)
    {
        var text = MalformedInputs.Unsupported().Single(c => c.Name == name).Text;

        var output = SmallStackRunner.Run(text);

        Assert.NotEmpty(output.Diagnostics);
        Assert.All(output.Diagnostics, d => Assert.Contains(": warning OAG0007: ", d, StringComparison.Ordinal));
        AssertLocated(output.Diagnostics, text);
        AssertHasClient(output);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    public static TheoryData<string> OddButValidCases => new(MalformedInputs.OddButValid().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(OddButValidCases))]
    public void An_odd_but_valid_description_generates_code_that_compiles(string name)
    {
        var output = SmallStackRunner.Run(MalformedInputs.OddButValid().Single(c => c.Name == name).Text);

        Assert.Empty(output.Diagnostics);
        AssertHasClient(output);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    [Theory]
    [InlineData("v3.0-petstore-expanded.yaml")]
    [InlineData("v3.0-link-example.yaml")]
    [InlineData("v2.0-petstore.yaml")]
    public void Every_node_replaced_by_a_wrong_kind_of_value_ends_in_a_located_error_or_a_client_that_compiles(string corpusFile)
    {
        var valid = File.ReadAllText(Path.Combine(TestPaths.OpenApiExamples, corpusFile));

        var report = Check(corpusFile, MalformedInputs.WrongNodeTypes(corpusFile, valid));

        Assert.True(report.Mutants > 100, "too few mutants: " + report.Mutants);
        Assert.True(report.Errors > 0 && report.Clients > 0, $"{report.Errors} errors and {report.Clients} clients: the mutants should reach both outcomes");
        Assert.True(report.Failures.Count == 0, $"{report.Failures.Count} of {report.Mutants} mutants failed:\n" + string.Join("\n", report.Failures.Take(20)));
    }

    [Theory]
    [InlineData("v3.0-uspto.yaml")]
    [InlineData("v3.0-petstore-expanded.json")]
    [InlineData("v2.0-uber.json")]
    public void A_truncated_description_ends_in_a_located_error_or_a_client_that_compiles(string corpusFile)
    {
        var valid = File.ReadAllText(Path.Combine(TestPaths.OpenApiExamples, corpusFile));

        var report = Check(corpusFile, MalformedInputs.Truncations(corpusFile, valid, 60));

        Assert.Equal(60, report.Mutants);
        Assert.True(report.Failures.Count == 0, $"{report.Failures.Count} of {report.Mutants} truncations failed:\n" + string.Join("\n", report.Failures.Take(20)));
    }

    [Fact]
    public void A_ten_thousand_schema_chain_of_refs_is_read_on_a_small_stack()
    {
        var schemas = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"    S{i}: {{ type: object, properties: {{ next: {{ $ref: '#/components/schemas/S{i + 1}' }} }} }}\n"));
        var text = "openapi: 3.0.3\ninfo: { title: Chain, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n" + schemas + "    S10000: { type: string }\n";

        var output = SmallStackRunner.Run(text);

        Assert.Empty(output.Diagnostics);
        Assert.Equal(10_000, output.Files.Count(f => System.Text.RegularExpressions.Regex.IsMatch(f.HintName, @"\.S\d+\.g\.cs$")));
    }

    /// <summary>Runs the mutants through <see cref="MutantChecker"/> and writes how they ended (and how long it took) to the test output.</summary>
    private MutantReport Check(string corpusFile, IEnumerable<(string Name, string Text)> mutants)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = MutantChecker.Check(corpusFile, mutants);
        testOutput.WriteLine($"{corpusFile}: {report.Mutants} mutants, {report.Errors} located errors, {report.Clients} clients ({report.DistinctClients} distinct, {report.Compilations} compilations), {watch.Elapsed.TotalSeconds:F1} s");
        return report;
    }

    /// <summary>Compiling nothing succeeds too: the client itself (interface and JSON context) must be there.</summary>
    private static void AssertHasClient(GeneratorOutput output)
    {
        Assert.Contains(output.Files, f => f.HintName.StartsWith("Generated.Client.I", StringComparison.Ordinal) && f.HintName.EndsWith("Api.g.cs", StringComparison.Ordinal));
        Assert.Contains(output.Files, f => f.HintName.EndsWith("JsonContext.g.cs", StringComparison.Ordinal));
    }

    /// <summary>Every diagnostic names the spec file and a line and column inside it, with a stable id.</summary>
    private static void AssertLocated(IReadOnlyList<string> diagnostics, string text)
        => Assert.All(diagnostics, d => Assert.Null(LocatedDiagnostic.Problem(d, "input.yaml", text)));
}
