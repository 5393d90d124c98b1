using System.Collections;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PartnerCenter.WireCrossCheck.Tests;

/// <summary>
/// What a client read from a body, as a JSON tree built by walking the model through that client's own serialisation
/// metadata (<see cref="JsonTypeInfo"/>): each property under its JSON name, lists item by item, leaves as the client
/// writes them. Walking rather than re-serialising keeps apart what was read into typed properties and what was only
/// kept as unknown members: those go under <see cref="UnknownMembers"/>, so a member one client types and the other
/// merely keeps cannot look the same.
/// <list type="bullet">
/// <item>A null property is left out. Our client writes nulls as absent (<c>WhenWritingNull</c>) and neither client
/// tells a JSON null from an absent member in a nullable property, so null and absent are the same reading.</item>
/// <item>An enum of NSwag's is its declared wire value (<c>[EnumMember(Value = ...)]</c>): that is the value read.
/// NSwag's System.Text.Json output writes the C# member name instead, a defect shown by
/// <see cref="NSwagLimitationsTests"/>, not a difference in reading.</item>
/// </list>
/// </summary>
internal static class Reading
{
    /// <summary>The key the unknown members of an object are kept under: not a valid member name in the spec.</summary>
    public const string UnknownMembers = "[unknown members]";

    /// <summary>The values of <paramref name="model"/>, read as <paramref name="type"/> with <paramref name="options"/>.</summary>
    public static JsonNode? Of(object? model, Type type, JsonSerializerOptions options) => Walk(model, type, options);

    // By declared type, as the serializer sees each value: a source-generated context has metadata for the declared
    // types (IReadOnlyList<Customer>) and not for the runtime ones behind them.
    private static JsonNode? Walk(object? value, Type declared, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonElement element:
                return JsonNode.Parse(element.GetRawText());
            case Enum member:
                return JsonValue.Create(WireValue(member));
        }

        var typeInfo = options.GetTypeInfo(declared == typeof(object) ? value.GetType() : declared);
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                var json = new JsonObject();
                foreach (var property in typeInfo.Properties)
                {
                    var member = property.Get?.Invoke(value);
                    if (member is null)
                    {
                        continue;
                    }

                    if (property.IsExtensionData)
                    {
                        var unknown = Members((IEnumerable)member, typeof(object), options);
                        if (unknown.Count > 0)
                        {
                            json[UnknownMembers] = unknown;
                        }
                    }
                    else
                    {
                        json[property.Name] = Walk(member, property.PropertyType, options);
                    }
                }

                return json;
            case JsonTypeInfoKind.Enumerable:
                return new JsonArray([.. ((IEnumerable)value).Cast<object?>().Select(item => Walk(item, typeInfo.ElementType!, options))]);
            case JsonTypeInfoKind.Dictionary:
                return Members((IEnumerable)value, typeInfo.ElementType!, options);
            default:
                return JsonSerializer.SerializeToNode(value, typeInfo);
        }
    }

    /// <summary>The entries of a dictionary (a map, or extension data) as a JSON object; a null value is kept here, it is data.</summary>
    private static JsonObject Members(IEnumerable entries, Type valueType, JsonSerializerOptions options)
    {
        var json = new JsonObject();
        foreach (var entry in entries)
        {
            var type = entry!.GetType();
            var key = (string)type.GetProperty("Key")!.GetValue(entry)!;
            json[key] = Walk(type.GetProperty("Value")!.GetValue(entry), valueType, options);
        }

        return json;
    }

    /// <summary>NSwag's wire value of an enum member: the <see cref="EnumMemberAttribute"/> it generated on it.</summary>
    private static string WireValue(Enum member)
    {
        var field = member.GetType().GetField(member.ToString(), BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{member.GetType().Name} has no member {member}.");
        return field.GetCustomAttribute<EnumMemberAttribute>()?.Value
            ?? throw new InvalidOperationException($"{member.GetType().Name}.{member} has no [EnumMember] wire value.");
    }
}
