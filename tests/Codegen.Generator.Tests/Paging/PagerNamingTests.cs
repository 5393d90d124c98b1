using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// Where pagers go and what they are called (docs/naming.md): one class per interface, pager names claimed after
/// every method's, the non-generic paging types reserved only when a description pages, and AsyncPageable&lt;T&gt;
/// and Page&lt;T&gt; beside schemas named like them.
/// </summary>
public sealed class PagerNamingTests
{
    private static string Spec(string schemas, string secondOperation = "") => $$"""
        openapi: 3.0.3
        info: { title: T, version: "1" }
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [Pets]
              x-pageable: { itemName: items }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Page' }
          /toys:
            get:
              operationId: listToys
              tags: [Toys]
              x-ms-pageable: { itemName: items }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Page' }
        {{secondOperation}}
        components:
          schemas:
            Page:
              type: object
              properties:
                items: { type: array, items: { type: string } }
                nextLink: { type: string }
        {{schemas}}
        """;

    [Fact]
    public void Each_interface_gets_its_pager_class_and_a_schema_called_Page_lives_beside_Page_of_T()
    {
        var output = GeneratorRunner.RunOnText(Spec(string.Empty), "/specs/spec.yaml", interfacePerTag: true);

        Assert.Empty(output.Diagnostics);
        Assert.Contains("Generated.Client.PetsApiPaging.g.cs", output.Files.Select(f => f.HintName));
        Assert.Contains("Generated.Client.ToysApiPaging.g.cs", output.Files.Select(f => f.HintName));
        Assert.Contains("Generated.Client.Page.g.cs", output.Files.Select(f => f.HintName));
        Assert.Contains("this global::Generated.Client.IToysApi api,", output.Files.Single(f => f.HintName.EndsWith("ToysApiPaging.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    [Fact]
    public void A_method_named_like_a_pager_is_renamed_with_OAG0011_while_a_schema_named_like_a_paging_type_keeps_its_name()
    {
        const string taken = "  /pets-paged:\n    get:\n      operationId: listPetsPaged\n      tags: [Pets]\n      responses: { \"204\": { description: ok } }";
        var output = GeneratorRunner.RunOnText(Spec("    PageLink: { type: object, properties: { uri: { type: string } } }", taken), "/specs/spec.yaml", interfacePerTag: true);

        // The paging types are Specweave.Runtime's, always written fully qualified: a schema may take their names.
        Assert.Matches(
            @"^spec\.yaml\(8,19\): warning OAG0011: The pager of 'listPets' becomes 'ListPetsPagedAsync' in C#, which is already the name of 'listPetsPaged' at line \d+, column \d+; it was named 'ListPets2PagedAsync'\. To choose the name, rename the operationId of the operation that has it first$",
            Assert.Single(output.Diagnostics));
        Assert.Contains("Generated.Client.PageLink.g.cs", output.Files.Select(f => f.HintName));
        Assert.Contains("ListPets2PagedAsync(", output.Files.Single(f => f.HintName.EndsWith("PetsApiPaging.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    [Fact]
    public void Without_a_paging_extension_the_paging_names_stay_free()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                PageLink: { type: object, properties: { uri: { type: string } } }
                Paging: { type: object, properties: { next: { type: string } } }
            """;

        var output = GeneratorRunner.RunOnText(spec, "/specs/spec.yaml");

        Assert.Empty(output.Diagnostics);
        Assert.Contains("Generated.Client.PageLink.g.cs", output.Files.Select(f => f.HintName));
        Assert.Contains("Generated.Client.Paging.g.cs", output.Files.Select(f => f.HintName));
    }
}
