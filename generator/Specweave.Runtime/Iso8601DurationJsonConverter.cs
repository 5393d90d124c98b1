// Support types the generated clients share. Generated code names them fully qualified (global::Specweave.Runtime.*),
// so clients of any namespace, and several clients in one namespace or assembly, use the same types.
namespace Specweave.Runtime;

/// <summary>
/// Reads and writes a <see cref="System.TimeSpan"/> as an ISO 8601 duration ("P1DT2H30M", "-PT0.5S"), which is what
/// OpenAPI's <c>format: duration</c> (RFC 3339, appendix A) means. System.Text.Json's own TimeSpan format
/// ("1.02:30:00") does not read these, so generated clients register this converter in their JSON context.
/// </summary>
/// <remarks>
/// Parsing and formatting are <see cref="System.Xml.XmlConvert"/>'s (XML Schema durations, which are ISO 8601's):
/// years and months have no fixed length, so they are read as 365 and 30 days; written values use days, hours,
/// minutes and seconds only. A value that is not a duration fails to read with a <see cref="System.Text.Json.JsonException"/>,
/// to which System.Text.Json adds the JSON path.
/// </remarks>
public sealed class Iso8601DurationJsonConverter : System.Text.Json.Serialization.JsonConverter<System.TimeSpan>
{
    /// <inheritdoc/>
    public override System.TimeSpan Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
    {
        if (reader.TokenType != System.Text.Json.JsonTokenType.String)
        {
            throw new System.Text.Json.JsonException("A duration must be a JSON string such as \"P1DT2H\" (ISO 8601).");
        }

        var text = reader.GetString()!;
        try
        {
            return System.Xml.XmlConvert.ToTimeSpan(text);
        }
        catch (System.FormatException exception)
        {
            throw new System.Text.Json.JsonException($"'{text}' is not an ISO 8601 duration such as \"P1DT2H\".", exception);
        }
        catch (System.OverflowException exception)
        {
            throw new System.Text.Json.JsonException($"The duration '{text}' is longer than a TimeSpan can hold.", exception);
        }
    }

    /// <inheritdoc/>
    public override void Write(System.Text.Json.Utf8JsonWriter writer, System.TimeSpan value, System.Text.Json.JsonSerializerOptions options)
        => (writer ?? throw new System.ArgumentNullException(nameof(writer))).WriteStringValue(System.Xml.XmlConvert.ToString(value));
}
