using System.Text.Json.Nodes;

namespace PartnerCenter.WireCrossCheck.Tests;

/// <summary>Every place where two JSON trees differ, by JSON path, member order ignored.</summary>
internal static class JsonDiff
{
    public static IReadOnlyList<string> Between(JsonNode? ours, JsonNode? peer)
    {
        var differences = new List<string>();
        Compare(ours, peer, "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? ours, JsonNode? peer, string path, List<string> differences)
    {
        switch (ours, peer)
        {
            case (JsonObject left, JsonObject right):
                foreach (var name in left.Select(member => member.Key).Union(right.Select(member => member.Key)).Order(StringComparer.Ordinal))
                {
                    var child = $"{path}.{name}";
                    switch (left.ContainsKey(name), right.ContainsKey(name))
                    {
                        case (true, true):
                            Compare(left[name], right[name], child, differences);
                            break;
                        case (true, false):
                            differences.Add($"{child}: ours {Text(left[name])}, NSwag absent");
                            break;
                        default:
                            differences.Add($"{child}: ours absent, NSwag {Text(right[name])}");
                            break;
                    }
                }

                break;
            case (JsonArray left, JsonArray right) when left.Count == right.Count:
                for (var i = 0; i < left.Count; i++)
                {
                    Compare(left[i], right[i], $"{path}[{i}]", differences);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(ours, peer))
                {
                    differences.Add($"{path}: ours {Text(ours)}, NSwag {Text(peer)}");
                }

                break;
        }
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
