using Codegen.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.Documentation;

/// <summary>
/// The documentation comments of generated code, from a description that uses Markdown, leaves things undocumented
/// and documents responses: rendered tags, no placeholder text, &lt;returns&gt; and &lt;exception&gt; on operations,
/// and a build with GenerateDocumentationFile and warnings as errors that stays clean.
/// </summary>
public sealed class GeneratedDocumentationTests
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Docs probe
          version: "1"
          description: |-
            A probe of **documentation**.

            See [the guide](https://example.com/guide) and [nothing](javascript:alert(1)).
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              summary: Get a pet
              description: |-
                Reads one pet.<br>Cached for a minute.

                1. Ask.
                2. Receive.
              parameters:
                - { name: id, in: path, required: true, schema: { type: string }, description: "The pet's `id`." }
                - { name: verbose, in: query, schema: { type: boolean } }
              responses:
                "200":
                  description: The pet, as *stored*.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Pet' }
                "404": { description: No pet has this id. }
                "500": { $ref: '#/components/responses/Failure' }
                "503": { $ref: '#/components/responses/Failure' }
                default: { description: Anything else. }
            delete:
              operationId: deletePet
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              responses:
                "204": { description: Deleted. }
          /pets:
            get:
              operationId: listPets
              responses:
                "200":
                  description: ""
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }
        components:
          responses:
            Failure:
              description: The service failed; retry later.
          schemas:
            Pet:
              type: object
              description: |-
                A pet. Its `name` is <b>unique</b>.

                Pets are kept for ten years:
                - then archived,
                - then deleted.
              required: [name]
              properties:
                name:
                  type: string
                  description: The pet's name.
                nickname:
                  type: string
                age:
                  type: integer
                  default: 1
                  description: Age in years.
                kind:
                  $ref: '#/components/schemas/Kind'
            Kind:
              type: string
              description: What the pet is.
              enum: [cat, dog, microsoft_support]
        """;

    private static readonly Lazy<GeneratorOutput> Output = new(() => GeneratorRunner.RunOnText(Spec, "/specs/docs-probe.yaml", "Docs.Probe"));

    [Theory]
    [InlineData("Docs.Probe.Pet.g.cs")]
    [InlineData("Docs.Probe.Kind.g.cs")]
    [InlineData("Docs.Probe.IDocsProbeApi.g.cs")]
    public void Generated_docs_match_their_snapshot(string hintName)
    {
        Assert.Empty(Output.Value.Diagnostics);
        var text = Output.Value.Files.Single(f => f.HintName == hintName).Text;
        Snapshot.Match(SnapshotText.Of(text), SnapshotNameExtension.Create(hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void No_comment_repeats_a_name_or_says_nothing()
    {
        var docs = string.Join("\n", Output.Value.Files.SelectMany(f => f.Text.Split('\n')).Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal)));

        Assert.DoesNotContain("property.</summary>", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("parameter.</param>", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("<summary>cat</summary>", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("<summary>GetPetAsync</summary>", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("schema.</summary>", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("<param name=\"verbose\">", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("`", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_build_with_a_documentation_file_and_warnings_as_errors_is_clean()
    {
        var compiled = GeneratedCodeCompiler.Compile(Output.Value.Files, reportMissingDocs: true);

        // DocumentationMode.Diagnose also reports badly formed XML (CS1570) and unresolved crefs (CS1574).
        Assert.Empty(compiled.Diagnostics);
    }

    [Fact]
    public void Without_the_files_pragma_the_same_build_reports_the_undocumented_members()
    {
        var withoutPragma = Output.Value.Files
            .Select(f => (f.HintName, string.Join("\n", f.Text.Split('\n').Where(l => !l.StartsWith("#pragma warning disable CS1573, CS1591", StringComparison.Ordinal)))))
            .ToList();

        var compiled = GeneratedCodeCompiler.Compile(withoutPragma, reportMissingDocs: true);

        Assert.Contains(compiled.Diagnostics, d => d.Contains("warning CS1591", StringComparison.Ordinal) && d.Contains("Pet.Nickname", StringComparison.Ordinal));
    }
}
