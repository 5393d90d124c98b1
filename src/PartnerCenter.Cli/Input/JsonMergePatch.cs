using System.Text.Json.Nodes;

namespace PartnerCenter.Cli;

/// <summary>
/// Applies a JSON document to another as RFC 7396 (JSON Merge Patch) does: a member of the patch replaces the
/// target's member of the same name, an object is applied member by member, <c>null</c> removes the member, and
/// members the patch leaves out are kept. Names match in any case (the service reads them so); the target's
/// spelling is kept.
/// </summary>
internal static class JsonMergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : [];
        foreach (var (name, value) in patchObject)
        {
            var existing = result.Select(member => member.Key).FirstOrDefault(key => string.Equals(key, name, StringComparison.OrdinalIgnoreCase));
            if (value is null)
            {
                if (existing is not null)
                {
                    result.Remove(existing);
                }

                continue;
            }

            var key = existing ?? name;
            var merged = Apply(existing is null ? null : result[existing], value);
            result[key] = merged;
        }

        return result;
    }
}
