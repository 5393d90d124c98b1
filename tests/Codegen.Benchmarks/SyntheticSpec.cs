using System.Globalization;
using System.Text;

namespace Codegen.Benchmarks;

/// <summary>
/// Builds an OpenAPI 3.0 description with a given number of component schemas and operations, the
/// same text for the same sizes. Each schema looks like a real resource (ten properties: formats, an
/// inline enum, an array, a map, $refs to two other schemas); each operation has path, query and header
/// parameters, and every other one a JSON body. References spread over the whole table (i·7+1, i·13+5)
/// rather than forming one chain, as in real descriptions.
/// </summary>
public static class SyntheticSpec
{
    public static string Create(int schemas, int operations)
    {
        var builder = new StringBuilder(capacity: 1_000 * (schemas + operations));
        builder.Append("openapi: 3.0.3\ninfo:\n  title: Synthetic\n  version: \"1\"\npaths:\n");
        for (var i = 0; i < operations; i++)
        {
            AppendOperation(builder, i, schemas);
        }

        builder.Append("components:\n  schemas:\n");
        for (var i = 0; i < schemas; i++)
        {
            AppendSchema(builder, i, schemas);
        }

        return builder.ToString();
    }

    private static void AppendOperation(StringBuilder builder, int i, int schemas)
    {
        var schema = Name(i % schemas);
        var method = i % 2 == 0 ? "get" : "post";
        Line(builder, 2, $"/resources{i}/{{id}}:");
        Line(builder, 4, method + ":");
        Line(builder, 6, $"operationId: operation{i}");
        Line(builder, 6, $"summary: Operation number {i}.");
        Line(builder, 6, $"tags: [group{i % 10}]");
        Line(builder, 6, "parameters:");
        Line(builder, 8, "- { name: id, in: path, required: true, schema: { type: string, format: uuid } }");
        Line(builder, 8, "- { name: limit, in: query, schema: { type: integer, format: int32 } }");
        Line(builder, 8, "- { name: tags, in: query, schema: { type: array, items: { type: string } } }");
        Line(builder, 8, "- { name: X-Request-Id, in: header, schema: { type: string } }");
        if (method == "post")
        {
            Line(builder, 6, "requestBody:");
            Line(builder, 8, "required: true");
            Line(builder, 8, $"content: {{ application/json: {{ schema: {{ $ref: '#/components/schemas/{Name((i + 1) % schemas)}' }} }} }}");
        }

        Line(builder, 6, "responses:");
        Line(builder, 8, "\"200\":");
        Line(builder, 10, "description: The resource.");
        Line(builder, 10, $"content: {{ application/json: {{ schema: {{ $ref: '#/components/schemas/{schema}' }} }} }}");
        Line(builder, 8, "\"404\": { description: Not found. }");
    }

    private static void AppendSchema(StringBuilder builder, int i, int schemas)
    {
        Line(builder, 4, Name(i) + ":");
        Line(builder, 6, "type: object");
        Line(builder, 6, $"description: Resource number {i}.");
        Line(builder, 6, "required: [id, name]");
        Line(builder, 6, "properties:");
        Line(builder, 8, "id: { type: string, format: uuid }");
        Line(builder, 8, "name: { type: string, description: The display name. }");
        Line(builder, 8, "count: { type: integer, format: int32 }");
        Line(builder, 8, "amount: { type: number, format: double }");
        Line(builder, 8, "created: { type: string, format: date-time }");
        Line(builder, 8, "status: { type: string, enum: [active, inactive, pending] }");
        Line(builder, 8, "labels: { type: array, items: { type: string } }");
        Line(builder, 8, "attributes: { type: object, additionalProperties: { type: string } }");
        Line(builder, 8, $"parent: {{ $ref: '#/components/schemas/{Name(((i * 7) + 1) % schemas)}' }}");
        Line(builder, 8, $"children: {{ type: array, items: {{ $ref: '#/components/schemas/{Name(((i * 13) + 5) % schemas)}' }} }}");
    }

    private static string Name(int i) => "Resource" + i.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder builder, int indent, string text) => builder.Append(' ', indent).Append(text).Append('\n');
}
