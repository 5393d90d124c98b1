using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Paging;

/// <summary>Spec text reaches a pager only as escaped literals and documentation: hostile names still give code that compiles and says nothing else.</summary>
public sealed class PagingUntrustedSpecTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: T, version: "1" }
        paths:
          /items:
            get:
              operationId: "list\"); System.Environment.Exit(1); //"
              summary: "</summary><script>*/"
              x-pageable:
                itemName: "it\"ems"
                nextLinkName: "ne*/xt\u2028"
              parameters:
                - { name: "q\"uery\n*/", in: query, schema: { type: integer } }
                - { name: "api", in: query, schema: { type: string } }
                - { name: "link", in: header, schema: { type: string } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          "it\"ems": { type: array, items: { type: string } }
                          "ne*/xt\u2028": { type: string }
        """;

    [Fact]
    public void Hostile_names_are_escaped_and_the_pager_compiles()
    {
        var output = GeneratorRunner.RunOnText(Spec, "/specs/spec.yaml");
        Assert.Empty(output.Diagnostics);
        var pager = output.Files.Single(f => f.HintName.EndsWith("TApiPaging.g.cs", StringComparison.Ordinal)).Text;

        Assert.Contains("link2.EnsureMappable(\"list\\\"); System.Environment.Exit(1); //\", \"GET\", new[] { \"q\\\"uery\\n*/\", \"api\" }, new[] { \"link\" });", pager, StringComparison.Ordinal);
        Assert.Contains("this global::Generated.Client.ITApi api2,", pager, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", pager, StringComparison.Ordinal);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }
}
