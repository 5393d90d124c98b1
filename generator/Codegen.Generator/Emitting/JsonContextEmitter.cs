using System;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits the JsonSerializerContext covering every model, so serialization is source-generated,
/// trim- and AOT-safe. Nulls are omitted on write (absent stays absent), declared nullability and
/// required members are enforced on read so a malformed response fails with the JSON path.
/// </summary>
internal static class JsonContextEmitter
{
    public static EmittedFile Emit(ClientModel client)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, client);
        writer.WriteLine("/// <summary>System.Text.Json metadata for every type of the API, generated at build time.</summary>");
        writer.WriteLine("[global::System.Text.Json.Serialization.JsonSourceGenerationOptions(");
        writer.Indent();
        writer.WriteLine("DefaultIgnoreCondition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,");
        writer.WriteLine("RespectNullableAnnotations = true,");
        writer.WriteLine(client.HasDurations ? "RespectRequiredConstructorParameters = true," : "RespectRequiredConstructorParameters = true)]");
        if (client.HasDurations)
        {
            // For every TimeSpan the context reads or writes: properties, elements, union alternatives alike.
            writer.WriteLine($"Converters = new[] {{ typeof({KnownTypes.Runtime}Iso8601DurationJsonConverter) }})]");
        }
        writer.Unindent();
        foreach (var type in ByName(client))
        {
            var rename = type.PropertyName is { } name ? $", TypeInfoPropertyName = {CSharpLiteral.String(name)}" : string.Empty;
            writer.WriteLine($"[global::System.Text.Json.Serialization.JsonSerializable(typeof({new TypeNames.Spelled(type.Type, nullable: false, client.Namespace)}){rename})]");
        }

        GeneratedCodeMarkers.WriteForJsonContext(writer);
        writer.WriteLine($"public partial class {client.JsonContextName} : global::System.Text.Json.Serialization.JsonSerializerContext");
        writer.OpenBlock();
        writer.CloseBlock();
        return new EmittedFile(client.JsonContextName + ".g.cs", writer);
    }

    /// <summary>
    /// The types in the order of their C# names, so the list reads (and diffs) the same whatever the binder's order; two
    /// of the same name keep the binder's order, as a stable sort would. Sorted as indexes into the names (an int[] and
    /// ordinal comparisons) rather than with LINQ's OrderBy, whose key maps cost more than the comparisons.
    /// </summary>
    private static SerializableType[] ByName(ClientModel client)
    {
        var types = client.SerializableTypes;
        var names = new string[types.Count];
        var order = new int[types.Count];
        for (var i = 0; i < types.Count; i++)
        {
            names[i] = TypeNames.Of(types[i].Type, client.Namespace);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(names[a], names[b]) is var byName and not 0 ? byName : a.CompareTo(b));
        var sorted = new SerializableType[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = types[order[i]];
        }

        return sorted;
    }
}
