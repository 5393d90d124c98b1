using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Makes a generated type that a query parameter sends as JSON text format itself as that JSON. Refit
/// writes an IFormattable value as one scalar (through IFormattable.ToString with the invariant culture),
/// where it flattens any other object into its C# property names; the JSON comes from the generated
/// context, so it is trim- and AOT-safe and spelled with the wire names.
/// </summary>
internal static class QueryJsonFormat
{
    public const string Interface = "global::System.IFormattable";

    public static void Write(SourceWriter writer, Binding.Model.ClientModel client, string typeName)
    {
        writer.WriteLine("/// <summary>This value as JSON text, which is how a query parameter sends it (format and culture do not apply).</summary>");
        writer.WriteLine("/// <remarks>String interpolation uses it too: <c>$\"{value}\"</c> gives the JSON.</remarks>");
        writer.WriteLine("string global::System.IFormattable.ToString(string? format, global::System.IFormatProvider? formatProvider)");
        writer.WriteLine($"    => global::System.Text.Json.JsonSerializer.Serialize(this, typeof(global::{client.Namespace}.{typeName}), global::{client.Namespace}.{client.JsonContextName}.Default);");
    }
}
