using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits the extension methods that read an interface's streamed responses: each calls the interface's Refit method
/// (so the client's handlers, base address and headers apply), passes its answer through Specweave.Runtime.ResponseGate
/// (which throws what the client's ExceptionFactory made of a failed call, as every other method does), and yields the
/// items with Specweave.Runtime.Streaming's reader as they arrive.
/// </summary>
/// <remarks>
/// Not Refit's own IAsyncEnumerable return type: Refit 16 reads JSON Lines and the data of server-sent events, but
/// drops an event's type, id and retry, does not read application/json-seq, and cannot say which item failed to parse.
/// </remarks>
internal static class StreamEmitter
{
    public const string HttpResponseMessage = "global::System.Net.Http.HttpResponseMessage";

    private const string Streaming = KnownTypes.Runtime + "Streaming.";

    public static EmittedFile Emit(ClientModel client, InterfaceModel model)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, client);
        writer.WriteLine($"/// <summary>The items of the streamed responses of <see cref=\"{model.Name}\"/>, read as they arrive.</summary>");
        GeneratedCodeMarkers.WriteForWholeType(writer);
        writer.WriteLine($"public static class {model.StreamsClassName}");
        writer.OpenBlock();
        var first = true;
        foreach (var method in model.Methods.Where(m => m.Stream is not null))
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteMethod(writer, client, model.Name, method, method.Stream!);
        }

        writer.CloseBlock();
        return new EmittedFile(model.StreamsClassName + ".g.cs", writer);
    }

    private static void WriteMethod(SourceWriter writer, ClientModel client, string interfaceName, MethodModel method, StreamModel stream)
    {
        var prefix = "global::" + client.Namespace + ".";
        var item = TypeNames.Of(stream.ItemType, client.Namespace);
        var yielded = stream.Format == StreamFormat.EventStream ? $"global::System.Net.ServerSentEvents.SseItem<{item}>" : item;
        var names = stream.Locals;
        var parameters = method.Parameters.Where(p => !p.Type.IsBuiltin(BuiltinType.CancellationToken)).ToList();

        WriteDocumentation(writer, method, stream, parameters);
        if (method.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This operation is deprecated in the API description.\")]");
        }

        writer.WriteLine($"public static async global::System.Collections.Generic.IAsyncEnumerable<{yielded}> {method.Name}(");
        writer.Indent();
        writer.WriteLine($"this {prefix}{interfaceName} {names.Api},");
        foreach (var parameter in parameters)
        {
            var defaultValue = parameter.IsOptional ? " = " + InterfaceEmitter.DefaultValue(parameter.Default) : string.Empty;
            writer.WriteLine($"{TypeNames.Of(parameter.Type, parameter.Nullable, client.Namespace)} {parameter.Name}{defaultValue},");
        }

        writer.WriteLine($"[global::System.Runtime.CompilerServices.EnumeratorCancellation] {KnownTypes.CancellationToken} cancellationToken = default)");
        writer.Unindent();
        writer.OpenBlock();
        writer.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({names.Api});");
        var arguments = string.Concat(parameters.Select(p => p.Name + ", "));
        writer.WriteLine($"var {names.Response} = await {KnownTypes.Runtime}ResponseGate.SucceededAsync({names.Api}.{method.ResponseMethodName}({arguments}cancellationToken)).ConfigureAwait(false);");

        // The gate threw for a failed call, as for any other method; the reader owns the response from here: it
        // disposes it when the enumeration ends, fails or is cancelled.
        var reader = stream.Format switch
        {
            StreamFormat.EventStream => "EventStream",
            StreamFormat.JsonLines => "JsonLines",
            _ => "JsonSequence",
        };
        var parse = stream.DataIsText
            ? "static (_, data) => global::System.Text.Encoding.UTF8.GetString(data)"
            : JsonTypeInfoExpression.Of(item, $"{prefix}{client.JsonContextName}.Default");
        writer.WriteLine($"var {names.Items} = {Streaming}{reader}.ReadAsync<{item}>({names.Response}, {parse}, cancellationToken);");
        writer.WriteLine($"await foreach (var {names.Item} in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait({names.Items}, false))");
        writer.OpenBlock();
        writer.WriteLine($"yield return {names.Item};");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteDocumentation(SourceWriter writer, MethodModel method, StreamModel stream, IReadOnlyList<MethodParameterModel> parameters)
    {
        var what = stream.Format != StreamFormat.EventStream ? "Each item is yielded as it arrives."
            : stream.DataIsText ? "Each server-sent event is yielded as it arrives, its data as text, with its event type, id and retry interval."
            : "Each server-sent event is yielded as it arrives, its data read as JSON, with its event type, id and retry interval.";
        XmlDocWriter.Write(
            writer,
            method.Docs,
            $"The items of the {method.ResponseMethodName} response, as they arrive.",
            $"{what} The request goes through {method.ResponseMethodName}, so the client's handlers apply; nothing is sent until the enumeration starts. "
            + "Cancelling the token, or disposing the enumerator, closes the connection. Enumerate once.");
        XmlDocWriter.TextParam(writer, stream.Locals.Api, "The client the request is sent through.");
        foreach (var parameter in parameters)
        {
            XmlDocWriter.Param(writer, parameter.Name, parameter.Description);
        }

        XmlDocWriter.TextParam(writer, "cancellationToken", "Stops the request and the reading, as does the token given to the enumeration.");
        if (method.Responses?.Returns is { } returns)
        {
            XmlDocWriter.Returns(writer, returns);
        }
        else
        {
            writer.WriteLine("/// <returns>The items; the request is sent when they are enumerated.</returns>");
        }
        writer.WriteLine("/// <exception cref=\"global::Refit.ApiException\">The service answered with a status outside 2xx; StatusCode and Content hold its answer. A client whose RefitSettings.ExceptionFactory makes another exception gets that one, as from any other method.</exception>");
        writer.WriteLine($"/// <exception cref=\"{Streaming}StreamItemException\">An item could not be read; ItemIndex says which (the items before it were yielded).</exception>");
        writer.WriteLine($"/// <exception cref=\"{Streaming}StreamInterruptedException\">The connection ended before the body did.</exception>");
    }
}
