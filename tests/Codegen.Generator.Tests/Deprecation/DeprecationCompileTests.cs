using System.Collections.Immutable;
using Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Specweave.Analyzers;

namespace Codegen.Generator.Tests.Deprecation;

/// <summary>
/// Deprecated schemas, properties (required and optional), parameters and operations: the generated client and the
/// implementation Refit's generator writes for it compile with no warning once the suppressor Specweave.Build ships
/// runs, as in a consumer's build with warnings as errors; code that uses a deprecated part still gets CS0618.
/// </summary>
public sealed class DeprecationCompileTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Zoo, version: "1" }
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              deprecated: true
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
                - { name: kind, in: query, deprecated: true, schema: { $ref: '#/components/schemas/OldKind' } }
                - { name: X-Legacy, in: header, deprecated: true, schema: { type: string } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/OldPet' } } } }
          /pets:
            post:
              operationId: addPet
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/OldPet' } } } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } }
          /choices:
            get:
              operationId: getChoice
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/OldChoice' } } } }
        components:
          schemas:
            OldKind: { type: string, enum: [cat, dog], deprecated: true }
            OldPet:
              type: object
              deprecated: true
              properties:
                name: { type: string }
            OldChoice:
              deprecated: true
              oneOf: [{ type: string }, { type: integer }]
            Pet:
              type: object
              required: [name, tag]
              properties:
                name: { type: string, deprecated: true }
                tag: { type: string }
                nickname: { type: string, deprecated: true }
                previous: { $ref: '#/components/schemas/OldPet' }
                kind: { $ref: '#/components/schemas/OldKind' }
        """;

    /// <summary>The consumer's code: each line uses one deprecated part.</summary>
    private const string ConsumerCode = """
        namespace Consumer;

        public static class UsesDeprecatedParts
        {
            public static async System.Threading.Tasks.Task Run(Zoo.Client.IZooApi api)
            {
                Zoo.Client.OldPet pet = await api.GetPetAsync("1");
                var nickname = new Zoo.Client.Pet { Name = "a", Tag = "b" }.Nickname;
            }
        }
        """;

    [Fact]
    public void Without_the_suppressor_Refit_s_implementation_warns_CS0618_for_deprecated_types()
    {
        var compilation = Compile();

        var warnings = Warnings(compilation.Diagnostics);

        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Matches(@"^InterfaceStubGeneratorV2/.*\.g\.cs\(\d+,\d+\): warning CS0618: 'Old(Pet|Kind|Choice)' is obsolete", w));
    }

    [Fact]
    public void With_the_suppressor_the_client_and_Refit_s_implementation_compile_with_no_warning()
    {
        var compilation = Compile();

        var (unsuppressed, suppressed) = WithSuppressor(compilation.Compilation, compilation.Diagnostics);

        Assert.Empty(unsuppressed);
        Assert.Equal(Warnings(compilation.Diagnostics).Count, suppressed.Count);
        Assert.All(suppressed, d => Assert.StartsWith("InterfaceStubGeneratorV2/", d, StringComparison.Ordinal));
    }

    [Fact]
    public void The_consumer_s_own_use_of_a_deprecated_type_operation_or_property_still_warns()
    {
        var compilation = Compile(ConsumerCode);

        var (unsuppressed, _) = WithSuppressor(compilation.Compilation, compilation.Diagnostics);

        Assert.Collection(
            unsuppressed.Order(StringComparer.Ordinal),
            d => Assert.StartsWith("Extra.cs(7,39): warning CS0618: 'IZooApi.GetPetAsync(", d, StringComparison.Ordinal),
            d => Assert.Equal("Extra.cs(7,9): warning CS0618: 'OldPet' is obsolete: 'This schema is deprecated in the API description.'", d),
            d => Assert.Equal("Extra.cs(8,24): warning CS0618: 'Pet.Nickname' is obsolete: 'This property is deprecated in the API description.'", d));
    }

    [Fact]
    public void A_required_deprecated_property_is_documented_not_obsolete_and_a_deprecated_parameter_is_documented()
    {
        var files = Generate();
        var pet = files.Single(f => f.HintName == "Zoo.Client.Pet.g.cs").Text;
        var api = files.Single(f => f.HintName == "Zoo.Client.IZooApi.g.cs").Text;

        Assert.Contains("Deprecated in the API description, but still required: set it until the API stops requiring it.", pet, StringComparison.Ordinal);
        // Nickname (deprecated), Previous and Kind (of deprecated types) are [Obsolete]; Name, required, is not (CS9042).
        Assert.Equal(3, pet.Split("[global::System.Obsolete(").Length - 1);
        Assert.DoesNotMatch(@"Obsolete\([^\n]*\n(\s*\[[^\n]*\n)*\s*public required", pet);
        Assert.Contains("<param name=\"xLegacy\">Deprecated.</param>", api, StringComparison.Ordinal);
    }

    private static IReadOnlyList<(string HintName, string Text)> Generate()
    {
        var output = GeneratorRunner.RunOnText(Spec, "/specs/zoo.yaml", "Zoo.Client");
        Assert.Empty(output.Diagnostics);
        return output.Files;
    }

    private static (IReadOnlyList<Diagnostic> Diagnostics, Compilation Compilation) Compile(string? consumer = null)
    {
        var trees = Generate().Select(f => GeneratedCodeCompiler.Parse(f.HintName, f.Text)).ToList();
        if (consumer is not null)
        {
            trees.Add(GeneratedCodeCompiler.Parse("Extra.cs", consumer));
        }

        var (diagnostics, compilation, _) = GeneratedCodeCompiler.CompileTrees(trees, load: false);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return (diagnostics, compilation);
    }

    private static List<string> Warnings(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).Distinct().ToList();

    /// <summary>
    /// The compiler's warnings with the suppressor applied, as the consumer's build applies it: those left, and those it
    /// suppressed (the ones before it ran that are gone after).
    /// </summary>
    private static (List<string> Unsuppressed, List<string> Suppressed) WithSuppressor(Compilation compilation, IReadOnlyList<Diagnostic> before)
    {
        var analyzed = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RefitStubDeprecationSuppressor()));
        var after = Warnings(analyzed.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Where(d => !d.IsSuppressed));
        return (after, Warnings(before).Except(after).ToList());
    }
}
