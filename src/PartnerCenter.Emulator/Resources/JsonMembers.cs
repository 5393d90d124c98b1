using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Resources;

/// <summary>Optional members are left out rather than written as null, as in every documented body the service writes.</summary>
internal static class JsonMembers
{
    public static void AddIfSet(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
