using System;
using System.Collections.Generic;
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
        var builder = new StringBuilder();
        foreach (var pair in FormPairs(value, typeInfo))
        {
            builder.Append(builder.Length == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(pair.Key))
                .Append('=')
                .Append(Uri.EscapeDataString(pair.Value));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The <c>name=value</c> pairs of <see cref="Form{T}"/>, not yet percent-encoded: for a writer that encodes them
    /// itself (Refit's <c>GeneratedQueryStringBuilder</c>, in a generated <c>IQueryConverter</c>).
    /// </summary>
    /// <param name="value">The object. Null gives no pairs.</param>
    /// <param name="typeInfo">Its JSON contract, from the client's generated JSON context.</param>
    /// <exception cref="ArgumentException">As for <see cref="Form{T}"/>.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> FormPairs<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        _ = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
        using var document = JsonSerializer.SerializeToDocument(value, typeInfo);
        var root = document.RootElement;
        var pairs = new List<KeyValuePair<string, string>>();
        if (root.ValueKind == JsonValueKind.Null)
        {
            return pairs;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"A form query string is written from an object, but the value is a JSON {Describe(root.ValueKind)}.", nameof(value));
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in property.Value.EnumerateArray())
                {
                    AddPair(pairs, property.Name, element);
                }
            }
            else
            {
                AddPair(pairs, property.Name, property.Value);
            }
        }

        return pairs;
    }

    /// <summary>
    /// The JSON text of a value as the whole query string, percent-encoded: <c>{"a":1}</c> is sent as <c>?%7B%22a%22%3A1%7D</c>.
    /// </summary>
    /// <param name="value">The value. Null gives an empty string (no <c>?</c>): the parameter is not sent.</param>
    /// <param name="typeInfo">Its JSON contract, from the client's generated JSON context.</param>
    /// <returns>The query string with its leading <c>?</c>, or an empty string.</returns>
    public static string Json<T>(T value, JsonTypeInfo<T> typeInfo)
        => value is null ? string.Empty : "?" + Uri.EscapeDataString(JsonText(value, typeInfo));

    /// <summary>
    /// The JSON text of <see cref="Json{T}"/>, not yet percent-encoded: for a writer that encodes it itself (Refit's
    /// <c>GeneratedQueryStringBuilder.AddFlag</c>, in a generated <c>IQueryConverter</c>).
    /// </summary>
    /// <param name="value">The value; JSON <c>null</c> when it is null.</param>
    /// <param name="typeInfo">Its JSON contract, from the client's generated JSON context.</param>
    public static string JsonText<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        _ = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
        return JsonSerializer.Serialize(value, typeInfo);
    }

    private static void AddPair(List<KeyValuePair<string, string>> pairs, string name, JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new ArgumentException($"The query string property '{name}' holds a JSON {Describe(value.ValueKind)}, which a form name=value pair cannot hold.", nameof(value)),
        };
        if (text is not null)
        {
            pairs.Add(new KeyValuePair<string, string>(name, text));
        }
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
