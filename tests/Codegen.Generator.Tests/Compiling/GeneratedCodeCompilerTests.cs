using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Compiling;

/// <summary>
/// The compile check every "the output compiles" test relies on can fail: it reports compiler errors and warnings,
/// runs Refit's and System.Text.Json's generators, reports Refit's RF006, and in a batch gives each client its own.
/// </summary>
public sealed class GeneratedCodeCompilerTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Probe, version: "1" }
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: { type: string }
        """;

    /// <summary>A Refit method whose query parameter Refit's generator cannot flatten without reflection.</summary>
    private static string ReflectionOnlyApi(string @namespace) => $$"""
        namespace {{@namespace}};

        public interface IReflectionOnlyApi
        {
            [global::Refit.Get("/grid")]
            global::System.Threading.Tasks.Task<string> GetGridAsync([global::Refit.Query(global::Refit.CollectionFormat.Multi)] int[][] cells);
        }
        """;

    [Fact]
    public void Generated_code_compiles_cleanly_and_both_generators_run_over_it()
    {
        var compiled = GeneratedCodeCompiler.Compile(Generate("Probe.Client"));

        Assert.Empty(compiled.Diagnostics);
        Assert.Contains("IProbeApi.g.cs", compiled.GeneratorOutputNames);
        Assert.Contains("ProbeJsonContext.Pet.g.cs", compiled.GeneratorOutputNames);
    }

    [Fact]
    public void Compiler_errors_and_warnings_are_reported()
    {
        (string, string)[] broken = [("Broken.g.cs", "#nullable enable\nnamespace X;\npublic static class Broken\n{\n    public static int Number() => \"text\";\n    public static string Text() => null;\n}\n")];

        var compiled = GeneratedCodeCompiler.Compile(broken);
        var emitted = GeneratedCodeCompiler.Compile(broken, load: true);

        Assert.Contains(compiled.Diagnostics, d => d.StartsWith("Broken.g.cs(5,35): error CS0029:", StringComparison.Ordinal));
        Assert.Contains(compiled.Diagnostics, d => d.StartsWith("Broken.g.cs(6,36): warning CS8603:", StringComparison.Ordinal));
        Assert.Equal(compiled.Diagnostics, emitted.Diagnostics);
        Assert.Null(emitted.Assembly);
    }

    [Fact]
    public void A_method_Refit_can_only_build_by_reflection_is_an_RF006_error()
    {
        var compiled = GeneratedCodeCompiler.Compile([("X.IReflectionOnlyApi.g.cs", ReflectionOnlyApi("X"))]);

        var diagnostic = Assert.Single(compiled.Diagnostics);
        Assert.StartsWith("X.IReflectionOnlyApi.g.cs(6,130): error RF006: Method IReflectionOnlyApi.GetGridAsync falls back to the reflection request builder", diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_batch_each_client_gets_its_own_diagnostics_and_clients_of_one_description_do_not_clash()
    {
        var broken = Generate(1)
            .Append(($"{GeneratedClientBatch.Namespace(1)}.Broken.g.cs", $"namespace {GeneratedClientBatch.Namespace(1)};\npublic static class Broken\n{{\n    public static int Number() => \"text\";\n}}\n"))
            .ToList();
        var reflectionOnly = Generate(2)
            .Append(($"{GeneratedClientBatch.Namespace(2)}.IReflectionOnlyApi.g.cs", ReflectionOnlyApi(GeneratedClientBatch.Namespace(2))))
            .ToList();

        var batch = GeneratedClientBatch.Compile([Generate(0), broken, reflectionOnly, Generate(3)]);

        Assert.Empty(batch.Unattributed);
        Assert.Empty(batch.Diagnostics[0]);
        Assert.Equal(["Batch1.Client.Broken.g.cs(4,35): error CS0029: Cannot implicitly convert type 'string' to 'int'"], batch.Diagnostics[1]);
        Assert.StartsWith("Batch2.Client.IReflectionOnlyApi.g.cs(6,130): error RF006: ", Assert.Single(batch.Diagnostics[2]), StringComparison.Ordinal);
        Assert.Empty(batch.Diagnostics[3]);
    }

    [Fact]
    public void A_client_generated_into_another_slot_s_namespace_is_refused()
        => Assert.Throws<ArgumentException>(() => GeneratedClientBatch.Compile([Generate(1)]));

    private static List<(string HintName, string Text)> Generate(string @namespace)
    {
        var output = GeneratorRunner.RunOnText(Spec, "/specs/probe.yaml", @namespace);
        Assert.Empty(output.Diagnostics);
        return output.Files.ToList();
    }

    /// <summary>The probe spec generated for slot <paramref name="index"/> of a batch.</summary>
    private static List<(string HintName, string Text)> Generate(int index)
    {
        var output = GeneratorRunner.RunOnText(Spec, "/specs/probe.yaml", GeneratedClientBatch.Namespace(index), GeneratedClientBatch.ClientName(index));
        Assert.Empty(output.Diagnostics);
        return output.Files.ToList();
    }
}
