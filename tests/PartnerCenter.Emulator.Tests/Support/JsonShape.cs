using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>The member paths of a JSON value in document order: two bodies with equal shapes have the same members in the same order.</summary>
internal static class JsonShape
{
    public static List<string> Of(JsonNode? node)
    {
        var paths = new List<string>();
        Walk(node, "$", paths);
        return paths;
    }

    private static void Walk(JsonNode? node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, value) in json)
                {
                    paths.Add($"{path}.{name}");
                    Walk(value, $"{path}.{name}", paths);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", paths);
                }

                break;
        }
    }
}
