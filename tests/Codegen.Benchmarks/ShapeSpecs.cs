using System.Globalization;
using System.Text;

namespace Codegen.Benchmarks;

/// <summary>
/// OpenAPI 3.0 descriptions of shapes the synthetic one (<see cref="SyntheticSpec"/>) does not have, each the same
/// text for the same sizes: the shapes where parts of Bind were once quadratic (docs/benchmarks.md, "Descriptions of
/// other shapes"). Written by `--polymorphic B C`, `--repeated-ids N` and `--tags N`.
/// </summary>
public static class ShapeSpecs
{
    /// <summary>
    /// <paramref name="bases"/> schemas with a discriminator, each with <paramref name="childrenPerBase"/> components
    /// that derive from it through allOf, and one operation returning the first base.
    /// </summary>
    public static string Polymorphic(int bases, int childrenPerBase)
    {
        var builder = Start("Polymorphic", 300 * bases * (childrenPerBase + 1));
        builder.Append("  /things:\n    get:\n      operationId: getThing\n");
        AppendJsonResponse(builder, "{ $ref: '#/components/schemas/Base0' }");
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

    /// <summary>
    /// <paramref name="operations"/> operations that all have the operationId "get" (OpenAPI requires them unique;
    /// descriptions converted from other formats often repeat one), each returning a schema of its own: every method
    /// after the first is numbered (OAG0006).
    /// </summary>
    public static string RepeatedOperationId(int operations)
    {
        var builder = Start("Repeated", 250 * operations);
        for (var i = 0; i < operations; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  /things{i}:\n    get:\n      operationId: get\n");
            AppendJsonResponse(builder, $"{{ $ref: '#/components/schemas/Thing{i}' }}");
        }

        builder.Append("components:\n  schemas:\n");
        for (var i = 0; i < operations; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"    Thing{i}:\n      type: object\n      properties:\n        name: {{ type: string }}\n");
        }

        return builder.ToString();
    }

    /// <summary><paramref name="tags"/> operations, each under a tag of its own: with an interface per tag, as many interfaces.</summary>
    public static string ManyTags(int tags)
    {
        var builder = Start("Tagged", 200 * tags);
        for (var i = 0; i < tags; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  /things{i}:\n    get:\n      operationId: getThing{i}\n      tags: [tag{i}]\n");
            AppendJsonResponse(builder, "{ type: string }");
        }

        return builder.ToString();
    }

    private static StringBuilder Start(string title, int capacity)
        => new StringBuilder(capacity).Append(CultureInfo.InvariantCulture, $"openapi: 3.0.3\ninfo:\n  title: {title}\n  version: \"1\"\npaths:\n");

    private static void AppendJsonResponse(StringBuilder builder, string schema)
        => builder.Append(CultureInfo.InvariantCulture, $"      responses:\n        \"200\":\n          description: A thing.\n          content: {{ application/json: {{ schema: {schema} }} }}\n");
}
