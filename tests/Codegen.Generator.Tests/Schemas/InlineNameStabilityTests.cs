using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>Inline schemas are named after where they are, so unrelated additions elsewhere never rename them.</summary>
public sealed class InlineNameStabilityTests
{
    private const string Base = """
        openapi: 3.0.3
        info: { title: Stable, version: "1" }
        paths:
          /orders:
            get:
              operationId: listOrders
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: array
                        items: { $ref: '#/components/schemas/Order' }
        components:
          schemas:
            Order:
              type: object
              properties:
                shipping:
                  type: object
                  properties:
                    street: { type: string }
                lines:
                  type: array
                  items:
                    type: object
                    properties:
                      sku: { type: string }
                      status:
                        type: string
                        enum: [open, closed]
        """;

    [Fact]
    public void Adding_unrelated_schemas_before_and_after_does_not_rename_inline_types()
    {
        var before = TypeNames(Base);
        var grown = Base
            .Replace("""
                  schemas:
                    Order:
                """, """
                  schemas:
                    Aardvark:
                      type: object
                      properties:
                        shipping:
                          type: object
                          properties:
                            den: { type: string }
                    Order:
                """, StringComparison.Ordinal)
            + "\n" + """
                Zebra:
                  type: object
                  properties:
                    lines:
                      type: array
                      items:
                        type: object
                        properties:
                          stripes: { type: integer }
            """;

        var after = TypeNames(grown);

        Assert.Contains("OrderShipping", before);
        Assert.Contains("OrderLinesItem", before);
        Assert.Contains("OrderLinesItemStatus", before);
        Assert.Subset(after.ToHashSet(), before.ToHashSet());
        Assert.Contains("AardvarkShipping", after);
        Assert.Contains("ZebraLinesItem", after);
    }

    private static List<string> TypeNames(string yaml)
    {
        var output = GeneratorRunner.RunOnText(yaml.Replace("\r\n", "\n", StringComparison.Ordinal), @namespace: "Stable");
        Assert.Empty(output.Diagnostics);
        return output.Files.Select(f => f.HintName["Stable.".Length..^".g.cs".Length]).ToList();
    }
}
