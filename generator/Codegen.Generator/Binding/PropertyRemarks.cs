using System.Collections.Generic;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// What a property's XML remarks say beyond its description: direction (readOnly/writeOnly), default,
/// const, and formats kept as text. Defaults are documented, not assigned: System.Text.Json's source
/// generator resets init-only properties that are absent from the JSON (dotnet/runtime#84484), so an
/// initializer would hold only for objects made in code, and a value read from the wire would differ
/// from one built by hand. Leaving absent properties null also keeps read → write exact.
/// </summary>
internal static class PropertyRemarks
{
    public static string? Of(ApiSchema schema, ApiSchema unwrapped, bool readOnly, bool writeOnly)
    {
        // Most properties have none of these: no list for them.
        List<string>? lines = null;
        if (readOnly)
        {
            (lines ??= new List<string>()).Add("Read-only: the service sets it in responses; leave it null in requests.");
        }

        if (writeOnly)
        {
            (lines ??= new List<string>()).Add("Write-only: sent in requests; the service does not return it.");
        }

        if ((schema.ConstJson ?? unwrapped.ConstJson) is { } constant)
        {
            (lines ??= new List<string>()).Add("Always " + MarkdownText.Code(constant) + ".");
        }

        if ((schema.DefaultJson ?? unwrapped.DefaultJson) is { } defaultValue)
        {
            (lines ??= new List<string>()).Add("Default: " + MarkdownText.Code(defaultValue) + " (what the service assumes when the property is absent; an absent property reads as null).");
        }

        if (unwrapped.Types.Count == 1 && unwrapped.Types[0] == "string" && unwrapped.Format is "time")
        {
            (lines ??= new List<string>()).Add("An RFC 3339 time (format 'time') kept as sent: it may carry an offset, which TimeOnly cannot hold.");
        }

        // One paragraph: the sentences are short and read as one note.
        return lines is null ? null : string.Join("\n", lines);
    }
}
