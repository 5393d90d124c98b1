using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits the converter that writes a querystring parameter's type as the whole query string (why a converter:
/// Binding/QueryStringConverters.cs). Refit calls <c>Flatten</c> for the interface's methods, giving it the query
/// builder, which percent-encodes what it is given; the methods sent over HttpClient call the static <c>Write</c>.
/// Both take the names and values from the client's JSON context through Specweave.Runtime's QueryString.
/// </summary>
internal static class QueryStringConverterEmitter
{
    /// <summary>The static method that returns the query string with its '?' (empty when there is nothing to send).</summary>
    public const string WriteMethod = "Write";

    public static EmittedFile Emit(ClientModel client, QueryStringConverterModel model)
    {
        var writer = new SourceWriter();
        var ns = client.Namespace;
        var type = TypeNames.Of(model.Type, model.Nullable, ns);
        var contractType = TypeNames.Of(model.Type, false, ns);
        var value = model.Nullable ? "value.Value" : "value";
        var typeInfo = JsonTypeInfoExpression.Of(contractType, $"global::{ns}.{client.JsonContextName}.Default");
        FileHeader.Write(writer, client);
        writer.WriteLine(model.IsJson
            ? "/// <summary>Writes a querystring parameter as the whole query string of a request: its JSON text, percent-encoded.</summary>"
            : "/// <summary>Writes a querystring parameter as the whole query string of a request: one name=value pair per property, by the names on the wire, percent-encoded.</summary>");
        GeneratedCodeMarkers.WriteForWholeType(writer);
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine($"internal sealed class {model.ClassName} : global::Refit.IQueryConverter<{type}>");
        writer.OpenBlock();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public void Flatten({type} value, string keyPrefix, ref global::Refit.GeneratedQueryStringBuilder builder, global::Refit.RefitSettings settings)");
        writer.OpenBlock();
        if (model.IsJson)
        {
            writer.WriteLine($"builder.AddFlag(global::Specweave.Runtime.QueryString.JsonText({value}, {typeInfo}), preEncoded: false);");
        }
        else
        {
            writer.WriteLine($"foreach (var pair in global::Specweave.Runtime.QueryString.FormPairs({value}, {typeInfo}))");
            writer.OpenBlock();
            writer.WriteLine("builder.Add(pair.Key, pair.Value, preEncoded: false);");
            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>The query string with its leading '?', or an empty string when there is nothing to send.</summary>");
        writer.WriteLine($"public static string {WriteMethod}({type} value)");
        writer.Indent();
        writer.WriteLine($"=> global::Specweave.Runtime.QueryString.{(model.IsJson ? "Json" : "Form")}({value}, {typeInfo});");
        writer.Unindent();
        writer.CloseBlock();
        return new EmittedFile(model.ClassName + ".g.cs", writer);
    }
}
