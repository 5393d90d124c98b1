using System.Globalization;
using System.Text;

namespace Codegen.Benchmarks;

/// <summary>
/// An OpenAPI 3.0 description of polymorphic families, the same text for the same sizes: <c>bases</c> schemas with a
/// discriminator, each with <c>childrenPerBase</c> components that derive from it through allOf, and one operation
/// returning the first base. Many small families (3,000 × 1) and one wide family (1 × 3,000) are the shapes where
/// finding families used to scan every schema per base and per derived schema (docs/benchmarks.md).
/// </summary>
public static class PolymorphicSpec
{
    public static string Create(int bases, int childrenPerBase)
    {
        var builder = new StringBuilder(capacity: 300 * bases * (childrenPerBase + 1));
        builder.Append("openapi: 3.0.3\ninfo:\n  title: Polymorphic\n  version: \"1\"\npaths:\n  /things:\n    get:\n      operationId: getThing\n");
        builder.Append("      responses:\n        \"200\":\n          description: A thing.\n");
        builder.Append("          content: { application/json: { schema: { $ref: '#/components/schemas/Base0' } } }\n");
        builder.Append("components:\n  schemas:\n");
        for (var b = 0; b < bases; b++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"    Base{b}:\n      type: object\n      required: [kind]\n      discriminator: {{ propertyName: kind }}\n");
            builder.Append("      properties:\n        kind: { type: string }\n        name: { type: string }\n");
            for (var c = 0; c < childrenPerBase; c++)
            {
                builder.Append(CultureInfo.InvariantCulture, $"    Base{b}Child{c}:\n      allOf:\n        - $ref: '#/components/schemas/Base{b}'\n");
                builder.Append(CultureInfo.InvariantCulture, $"        - type: object\n          properties:\n            extra{c}: {{ type: integer }}\n");
            }
        }

        return builder.ToString();
    }
}
