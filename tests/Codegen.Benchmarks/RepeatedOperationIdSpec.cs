using System.Globalization;
using System.Text;

namespace Codegen.Benchmarks;

/// <summary>
/// An OpenAPI 3.0 description of <c>operations</c> operations that all have the operationId "get" (OpenAPI requires
/// them unique; descriptions converted from other formats often repeat one), each returning a schema of its own.
/// Every method after the first is numbered (OAG0006): the shape where naming used to count from 2 for each one.
/// </summary>
public static class RepeatedOperationIdSpec
{
    public static string Create(int operations)
    {
        var builder = new StringBuilder(capacity: 250 * operations);
        builder.Append("openapi: 3.0.3\ninfo:\n  title: Repeated\n  version: \"1\"\npaths:\n");
        for (var i = 0; i < operations; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  /things{i}:\n    get:\n      operationId: get\n      responses:\n        \"200\":\n          description: A thing.\n");
            builder.Append(CultureInfo.InvariantCulture, $"          content: {{ application/json: {{ schema: {{ $ref: '#/components/schemas/Thing{i}' }} }} }}\n");
        }

        builder.Append("components:\n  schemas:\n");
        for (var i = 0; i < operations; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"    Thing{i}:\n      type: object\n      properties:\n        name: {{ type: string }}\n");
        }

        return builder.ToString();
    }
}
