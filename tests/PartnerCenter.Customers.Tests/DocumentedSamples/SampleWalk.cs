using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PartnerCenter.Customers.Tests.DocumentedSamples;

/// <summary>
/// Compares a typed model read from a sample with the sample's JSON document, value by value, guided by the spec's
/// schema (not by the generated metadata, so a wrongly named or missing property cannot hide):
/// <list type="bullet">
/// <item>every member the spec declares is read into the model property of that JSON name, with the same value
/// (strings ordinally, numbers and booleans exactly, date-times as the same instant and offset, open enums by wire
/// value, with <c>IsKnown</c> true exactly for the values the spec lists; lists item by item);</item>
/// <item>every member the spec does not declare is in <c>AdditionalProperties</c>, as the same JSON value, and
/// nothing else is there;</item>
/// <item>every model property absent from the document is null (nothing invented), and the model has no property the
/// spec does not declare.</item>
/// </list>
/// Then the model is written back with the client's context and compared with the document by
/// <see cref="JsonNode.DeepEquals"/>, modulo two documented exceptions, each reported as a deviation so the tests can
/// list them per sample: a member that is JSON null in the document is written as absent (the context ignores nulls
/// when writing), and a date-time may be written as other text for the same instant and offset
/// (<c>Z</c> becomes <c>+00:00</c>).
/// </summary>
internal sealed class SampleWalk
{
    private static readonly PartnerCenterCustomersJsonContext Context = PartnerCenterCustomersJsonContext.Default;

    private readonly List<string> _problems = [];
    private readonly List<string> _deviations = [];
    private readonly List<(IReadOnlyList<object> Path, string Text)> _dateTimes = [];

    private SampleWalk()
    {
    }

    /// <summary>What does not match: each names the JSON path. Empty when the model holds the document.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Where writing back differs from the document within the documented exceptions.</summary>
    public IReadOnlyList<string> Deviations => _deviations;

    /// <summary>The model as the client writes it.</summary>
    public string Written { get; private set; } = string.Empty;

    /// <summary>Walks <paramref name="model"/> against <paramref name="document"/>, then writes the model back and compares.</summary>
    public static SampleWalk Run(JsonNode? document, object? model, SpecSchema schema, JsonTypeInfo typeInfo)
    {
        var walk = new SampleWalk();
        var expected = walk.Walk(document, model, schema, []);

        walk.Written = JsonSerializer.Serialize(model, typeInfo);
        var written = JsonNode.Parse(walk.Written);
        walk.AlignDateTimes(written);
        if (!JsonNode.DeepEquals(expected, written))
        {
            walk._problems.Add(
                "Written back, the model differs from the document beyond the documented exceptions.\nExpected:\n"
                + expected?.ToJsonString() + "\nWritten:\n" + walk.Written);
        }

        return walk;
    }

    public static string Display(IReadOnlyList<object> path) =>
        "$" + string.Concat(path.Select(segment => segment is int index ? $"[{index}]" : "." + segment));

    private JsonNode? Walk(JsonNode? json, object? value, SpecSchema schema, IReadOnlyList<object> path)
    {
        if (json is null)
        {
            Expect(value is null, path, $"is JSON null, but the model holds {Describe(value)}");
            return null;
        }

        switch (json.GetValueKind())
        {
            case JsonValueKind.Object:
                return WalkObject(json.AsObject(), value, schema, path);
            case JsonValueKind.Array:
                return WalkArray(json.AsArray(), value, schema, path);
            default:
                CompareScalar(json.AsValue(), value, schema, path);
                return json.DeepClone();
        }
    }

    private JsonObject WalkObject(JsonObject json, object? value, SpecSchema schema, IReadOnlyList<object> path)
    {
        var expected = new JsonObject();
        if (value is null || Context.GetTypeInfo(value.GetType()) is not { Kind: JsonTypeInfoKind.Object } typeInfo)
        {
            _problems.Add($"{Display(path)} is a JSON object, but the model holds {Describe(value)}.");
            return expected;
        }

        Expect(schema.Type == "object", path, $"is a JSON object, but the spec's {schema} is not an object schema");
        // A property the serializer ignores ([JsonIgnore]: no getter nor setter here, such as the callers' read-only
        // AdditionalProperties beside the internal extension data) is not on the wire.
        var properties = typeInfo.Properties
            .Where(property => !property.IsExtensionData && (property.Get is not null || property.Set is not null))
            .ToDictionary(property => property.Name, StringComparer.Ordinal);
        var extensionData = typeInfo.Properties.SingleOrDefault(property => property.IsExtensionData)?.Get?.Invoke(value) as IDictionary<string, JsonElement>;
        var unknown = new List<string>();

        foreach (var (name, member) in json)
        {
            IReadOnlyList<object> memberPath = [.. path, name];
            if (!schema.Declares(name))
            {
                unknown.Add(name);
                if (extensionData is null || !extensionData.TryGetValue(name, out var kept))
                {
                    _problems.Add($"{Display(memberPath)} is not declared by {schema}, and is not kept in {typeInfo.Type.Name}.AdditionalProperties.");
                }
                else if (!JsonNode.DeepEquals(JsonNode.Parse(kept.GetRawText()), member))
                {
                    _problems.Add($"{Display(memberPath)} is kept in AdditionalProperties as {kept.GetRawText()}, not as {member?.ToJsonString() ?? "null"}.");
                }

                expected[name] = member?.DeepClone();
                continue;
            }

            if (!properties.TryGetValue(name, out var property) || property.Get is null)
            {
                _problems.Add($"{Display(memberPath)} is declared by {schema}, but {typeInfo.Type.Name} has no readable property of that JSON name.");
                continue;
            }

            var propertyValue = property.Get(value);
            if (member is null)
            {
                Expect(propertyValue is null, memberPath, $"is JSON null, but the model holds {Describe(propertyValue)}");
                _deviations.Add($"{Display(memberPath)}: null, written as absent");
                continue;
            }

            expected[name] = Walk(member, propertyValue, schema.Property(name), memberPath);
        }

        foreach (var property in properties.Values)
        {
            IReadOnlyList<object> propertyPath = [.. path, property.Name];
            if (!schema.Declares(property.Name))
            {
                _problems.Add($"{typeInfo.Type.Name} has a property '{property.Name}' ({Display(propertyPath)}) that {schema} does not declare.");
            }

            if (!json.ContainsKey(property.Name) && property.Get?.Invoke(value) is { } invented)
            {
                _problems.Add($"{Display(propertyPath)} is absent from the document, but the model holds {Describe(invented)}.");
            }
        }

        var keptNames = extensionData?.Keys.Order(StringComparer.Ordinal).ToList() ?? [];
        if (!keptNames.SequenceEqual(unknown.Order(StringComparer.Ordinal)))
        {
            _problems.Add($"{Display(path)}: AdditionalProperties holds [{string.Join(", ", keptNames)}], the undeclared members are [{string.Join(", ", unknown)}].");
        }

        return expected;
    }

    private JsonArray WalkArray(JsonArray json, object? value, SpecSchema schema, IReadOnlyList<object> path)
    {
        var expected = new JsonArray();
        if (value is not IEnumerable enumerable || value is string)
        {
            _problems.Add($"{Display(path)} is a JSON array, but the model holds {Describe(value)}.");
            return expected;
        }

        if (schema.Type != "array" || schema.Items is not { } items)
        {
            _problems.Add($"{Display(path)} is a JSON array, but the spec's {schema} is not an array schema.");
            return expected;
        }

        var values = enumerable.Cast<object?>().ToList();
        if (values.Count != json.Count)
        {
            _problems.Add($"{Display(path)} has {json.Count} items, the model {values.Count}.");
            return expected;
        }

        for (var i = 0; i < json.Count; i++)
        {
            expected.Add(Walk(json[i], values[i], items, [.. path, i]));
        }

        return expected;
    }

    private void CompareScalar(JsonValue json, object? value, SpecSchema schema, IReadOnlyList<object> path)
    {
        var kind = json.GetValueKind();
        if (value is null)
        {
            _problems.Add($"{Display(path)} is {json.ToJsonString()}, but the model holds null.");
            return;
        }

        if (schema.Enum is { } listed)
        {
            // The generated open enums: a struct with the wire string in Value and IsKnown for listed values.
            var wire = value.GetType().GetProperty("Value")?.GetValue(value) as string;
            var isKnown = value.GetType().GetProperty("IsKnown")?.GetValue(value) as bool?;
            if (kind != JsonValueKind.String || wire is null || isKnown is null)
            {
                _problems.Add($"{Display(path)} is {json.ToJsonString()}, an enum value of {schema}, but the model holds {Describe(value)}.");
                return;
            }

            var text = json.GetValue<string>();
            Expect(wire == text, path, $"is \"{text}\", but the model's value is \"{wire}\"");
            Expect(isKnown == listed.Contains(text, StringComparer.Ordinal), path, $"is \"{text}\", and the model says IsKnown={isKnown} although the spec's {schema} {(listed.Contains(text, StringComparer.Ordinal) ? "lists" : "does not list")} it");
            return;
        }

        switch (schema.Type)
        {
            case "string" when schema.Format == "date-time":
                var dateText = kind == JsonValueKind.String ? json.GetValue<string>() : null;
                if (dateText is null || value is not DateTimeOffset date
                    || !DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    _problems.Add($"{Display(path)} is {json.ToJsonString()}, a date-time, but the model holds {Describe(value)}.");
                    return;
                }

                Expect(date.EqualsExact(parsed), path, $"is \"{dateText}\" ({parsed:O}), but the model holds {date:O}");
                _dateTimes.Add((path, dateText));
                return;
            case "string":
                Expect(kind == JsonValueKind.String && value is string s && s == json.GetValue<string>(), path, $"is {json.ToJsonString()}, but the model holds {Describe(value)}");
                return;
            case "integer":
                Expect(kind == JsonValueKind.Number && value is int or long && Convert.ToInt64(value, CultureInfo.InvariantCulture) == json.GetValue<long>(), path, $"is {json.ToJsonString()}, but the model holds {Describe(value)}");
                return;
            case "boolean":
                Expect(value is bool b && (b ? kind == JsonValueKind.True : kind == JsonValueKind.False), path, $"is {json.ToJsonString()}, but the model holds {Describe(value)}");
                return;
            default:
                _problems.Add($"{Display(path)} is {json.ToJsonString()}, and the spec's {schema} has a type ({schema.Type ?? "none"}) the walk does not compare.");
                return;
        }
    }

    /// <summary>
    /// Date-times are compared as instants with their offsets during the walk; here the written text of each is checked
    /// to be that same value, reported when its text differs, and replaced by the document's so the deep comparison
    /// covers everything else.
    /// </summary>
    private void AlignDateTimes(JsonNode? written)
    {
        foreach (var (path, text) in _dateTimes)
        {
            var (parent, last) = (Navigate(written, path.Take(path.Count - 1)), path[^1]);
            var node = last is int index ? (parent as JsonArray)?[index] : (parent as JsonObject)?[(string)last];
            if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                _problems.Add($"{Display(path)} is the date-time \"{text}\", but is written as {node?.ToJsonString() ?? "nothing"}.");
                continue;
            }

            var writtenText = value.GetValue<string>();
            if (writtenText == text)
            {
                continue;
            }

            if (!DateTimeOffset.TryParse(writtenText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var writtenDate)
                || !writtenDate.EqualsExact(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)))
            {
                _problems.Add($"{Display(path)} is the date-time \"{text}\", but is written as \"{writtenText}\", another moment or offset.");
                continue;
            }

            _deviations.Add($"{Display(path)}: \"{text}\", written as \"{writtenText}\"");
            if (last is int position)
            {
                ((JsonArray)parent!)[position] = text;
            }
            else
            {
                ((JsonObject)parent!)[(string)last] = text;
            }
        }
    }

    private static JsonNode? Navigate(JsonNode? node, IEnumerable<object> path)
    {
        foreach (var segment in path)
        {
            node = segment is int index ? (node as JsonArray)?[index] : (node as JsonObject)?[(string)segment];
        }

        return node;
    }

    private void Expect(bool condition, IReadOnlyList<object> path, string problem)
    {
        if (!condition)
        {
            _problems.Add($"{Display(path)} {problem}.");
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"the string \"{text}\"",
        _ => $"{value} ({value.GetType().Name})",
    };
}
