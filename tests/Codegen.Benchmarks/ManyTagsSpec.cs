using System.Globalization;
using System.Text;

namespace Codegen.Benchmarks;

/// <summary>
/// An OpenAPI 3.0 description of <c>tags</c> operations, each under a tag of its own: with the option to make an
/// interface per tag, as many interfaces. The shape where grouping used to scan every tag for each tag's children.
/// </summary>
public static class ManyTagsSpec
{
    public static string Create(int tags)
    {
        var builder = new StringBuilder(capacity: 200 * tags);
        builder.Append("openapi: 3.0.3\ninfo:\n  title: Tagged\n  version: \"1\"\npaths:\n");
        for (var i = 0; i < tags; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  /things{i}:\n    get:\n      operationId: getThing{i}\n      tags: [tag{i}]\n      responses:\n");
            builder.Append("        \"200\":\n          description: A thing.\n          content: { application/json: { schema: { type: string } } }\n");
        }

        return builder.ToString();
    }
}
