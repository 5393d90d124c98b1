using System.Globalization;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Codegen.Benchmarks;

/// <summary>
/// Renders a JSON description as YAML, the way people write descriptions: block mappings and sequences,
/// plain scalars where they read back as the same string, literal blocks for text over several lines,
/// quotes where YAML would otherwise read a number, a boolean or null. YamlDotNet's emitter chooses the
/// quoting, so the result also exercises the YAML readers on its choices. Used for the large YAML
/// benchmark input (`--to-yaml`) and by the reader tests.
/// </summary>
public static class YamlRendering
{
    public static string FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, bestIndent: 2, bestWidth: int.MaxValue);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Write(emitter, document.RootElement);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Write(IEmitter emitter, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
                foreach (var property in element.EnumerateObject())
                {
                    WriteString(emitter, property.Name);
                    Write(emitter, property.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonValueKind.Array:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var item in element.EnumerateArray())
                {
                    Write(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValueKind.String:
                WriteString(emitter, element.GetString()!);
                break;
            default:
                // Numbers as written, true, false, null: plain scalars, which is how YAML reads them back.
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, element.GetRawText(), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
        }
    }

    private static void WriteString(IEmitter emitter, string value)
    {
        var style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : ReadsAsOtherThanString(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Plain;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: style == ScalarStyle.Plain, isQuotedImplicit: style != ScalarStyle.Plain));
    }

    /// <summary>Plain text YAML (1.1 or 1.2) would read as null, a boolean or a number.</summary>
    private static bool ReadsAsOtherThanString(string value)
        => value.Length == 0
           || value is "~" or "null" or "Null" or "NULL"
           || value.ToUpperInvariant() is "TRUE" or "FALSE" or "YES" or "NO" or "ON" or "OFF" or "Y" or "N"
           || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
           || value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || value.StartsWith("0o", StringComparison.OrdinalIgnoreCase)
           || value.StartsWith('.') || value.Contains(':', StringComparison.Ordinal) && value.All(c => char.IsDigit(c) || c == ':');

    /// <summary>`--to-yaml in.json out.yaml`.</summary>
    public static void Convert(string input, string output)
        => File.WriteAllText(output, FromJson(File.ReadAllText(input)), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
