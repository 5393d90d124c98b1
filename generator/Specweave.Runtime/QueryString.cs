using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Specweave.Runtime;

/// <summary>
/// Writes the value of an OpenAPI 3.2 <c>in: querystring</c> parameter as the whole query string of a request:
/// <c>?</c> and the serialised value, or an empty string when there is nothing to send.
/// </summary>
/// <remarks>
/// The value is first written as JSON with the given <see cref="JsonTypeInfo{T}"/> (source-generated: trim- and
/// AOT-safe, no reflection), so every name and value is the one the API description gives: property names on the
/// wire, enum values, booleans as <c>true</c>/<c>false</c>, dates as ISO 8601. Names and values are then
/// percent-encoded: everything but RFC 3986's unreserved characters (letters, digits, <c>-._~</c>) is written as
/// <c>%XX</c> of its UTF-8 bytes, so a space is <c>%20</c> and <c>+</c> is <c>%2B</c>, which every form decoder reads back.
/// </remarks>
public static class QueryString
{
    /// <summary>
    /// The <c>application/x-www-form-urlencoded</c> form of an object: one <c>name=value</c> pair per property,
    /// in the order the type writes them (<c>?min_size=3&amp;name=rex</c>).
    /// </summary>
    /// <param name="value">The object. Null, or an object without a property to send, gives an empty string (no <c>?</c>).</param>
    /// <param name="typeInfo">Its JSON contract, from the client's generated JSON context.</param>
    /// <returns>The query string with its leading <c>?</c>, or an empty string.</returns>
    /// <exception cref="ArgumentException">
    /// The value is not a JSON object, or a property holds an object or an array of arrays or objects: form pairs
    /// have no way to write those (the generator does not generate such a parameter; extension data can hold one).
    /// </exception>
    /// <example>
    /// Properties that are null are left out. An array is exploded, one pair per element (<c>?tag=a&amp;tag=b</c>);
    /// an empty array sends nothing.
    /// </example>
    public static string Form<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        _ = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
        using var document = JsonSerializer.SerializeToDocument(value, typeInfo);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Null)
        {
            return string.Empty;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"A form query string is written from an object, but the value is a JSON {Describe(root.ValueKind)}.", nameof(value));
        }

        var builder = new StringBuilder();
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in property.Value.EnumerateArray())
                {
                    AppendPair(builder, property.Name, element);
                }
            }
            else
            {
                AppendPair(builder, property.Name, property.Value);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The JSON text of a value as the whole query string, percent-encoded: <c>{"a":1}</c> is sent as <c>?%7B%22a%22%3A1%7D</c>.
    /// </summary>
    /// <param name="value">The value. Null gives an empty string (no <c>?</c>): the parameter is not sent.</param>
    /// <param name="typeInfo">Its JSON contract, from the client's generated JSON context.</param>
    /// <returns>The query string with its leading <c>?</c>, or an empty string.</returns>
    public static string Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        _ = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
        if (value is null)
        {
            return string.Empty;
        }

        return "?" + Uri.EscapeDataString(JsonSerializer.Serialize(value, typeInfo));
    }

    private static void AppendPair(StringBuilder builder, string name, JsonElement value)
    {
        string text;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return;
            case JsonValueKind.String:
                text = value.GetString()!;
                break;
            case JsonValueKind.True:
                text = "true";
                break;
            case JsonValueKind.False:
                text = "false";
                break;
            case JsonValueKind.Number:
                text = value.GetRawText();
                break;
            default:
                throw new ArgumentException($"The query string property '{name}' holds a JSON {Describe(value.ValueKind)}, which a form name=value pair cannot hold.", nameof(value));
        }

        builder.Append(builder.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(text));
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        _ => "boolean",
    };
}
