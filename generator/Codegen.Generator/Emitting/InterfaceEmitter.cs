using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Emits a Refit interface. Refit's own source generator writes its implementation in the same compilation.</summary>
internal static class InterfaceEmitter
{
    public static GeneratedFile Emit(ClientModel client, InterfaceModel model)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, client);
        XmlDocWriter.Write(writer, model.Docs);
        GeneratedCodeMarkers.WriteForPartialType(writer);
        var bases = model.Bases is { Count: > 0 } extended ? " : " + string.Join(", ", extended.Select(b => "global::" + client.Namespace + "." + b)) : string.Empty;
        writer.WriteLine($"public partial interface {model.Name}{bases}");
        writer.OpenBlock();
        var first = true;
        if (client.SentMethods?.Any(s => s.ClientOwner == model.Name) == true)
        {
            // Refit implements it; the extension methods of the HTTP methods Refit cannot send use it (SentMethodsEmitter).
            writer.WriteLine("/// <summary>The HttpClient the requests go through.</summary>");
            writer.WriteLine("global::System.Net.Http.HttpClient Client { get; }");
            first = false;
        }

        foreach (var method in model.Methods)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteMethod(writer, method, client.Namespace);
        }

        writer.CloseBlock();
        return new GeneratedFile(model.Name + ".g.cs", writer.ToString());
    }

    private static void WriteMethod(SourceWriter writer, MethodModel method, string namespaceName)
    {
        var returnType = ReturnType(method, namespaceName);
        if (method.Stream is { } stream)
        {
            WriteStreamRequestDocs(writer, method, stream);
        }
        else
        {
            XmlDocWriter.Write(writer, method.Docs);
            foreach (var parameter in method.Parameters)
            {
                XmlDocWriter.Param(writer, parameter.Name, parameter.Description);
            }

            XmlDocWriter.Responses(writer, method.Responses ?? ResponseDocs.None);
        }

        foreach (var attribute in method.Attributes)
        {
            writer.WriteLine($"{new AttributeWriter.Rendered(attribute)}");
        }

        if (method.Parameters.Count <= 1)
        {
            if (method.Parameters.Count == 0)
            {
                writer.WriteLine($"{returnType} {method.Name}();");
            }
            else
            {
                writer.WriteLine($"{returnType} {method.Name}({new Rendered(method.Parameters[0], namespaceName)});");
            }

            return;
        }

        writer.WriteLine($"{returnType} {method.Name}(");
        writer.Indent();
        for (var i = 0; i < method.Parameters.Count; i++)
        {
            var terminator = i == method.Parameters.Count - 1 ? ");" : ",";
            writer.WriteLine($"{new Rendered(method.Parameters[i], namespaceName)}{terminator}");
        }

        writer.Unindent();
    }

    /// <summary>
    /// The request half of a streamed operation: hidden from completion, since callers call the extension method that
    /// reads the items, and asking for the media type in Accept.
    /// </summary>
    private static void WriteStreamRequestDocs(SourceWriter writer, MethodModel method, StreamModel stream)
    {
        XmlDocWriter.TextSummary(writer, $"Sends the request of {stream.Name} and returns its response as soon as the headers arrive, whatever its status, with the body still arriving; {stream.Name} reads the items.");
        foreach (var parameter in method.Parameters)
        {
            XmlDocWriter.Param(writer, parameter.Name, parameter.Description);
        }

        writer.WriteLine("/// <returns>The response, undisposed: the caller disposes it.</returns>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine($"[global::Refit.Headers({CSharpLiteral.String("Accept: " + stream.MediaType)})]");
    }

    /// <summary>Task, or Task of the result; a streamed operation's Refit method returns the response itself.</summary>
    private static string ReturnType(MethodModel method, string namespaceName)
        => method.Stream is not null ? $"{KnownTypes.Task}<{StreamEmitter.HttpResponseMessage}>"
        : method.Result is { } result
            ? $"{KnownTypes.Task}<{TypeNames.Of(result, method.ResultNullable, namespaceName)}>"
            : KnownTypes.Task;

    /// <summary>What an optional parameter defaults to, as written after its name.</summary>
    public static string DefaultValue(ParameterDefault value) => value == ParameterDefault.Default ? "default" : "null";

    /// <summary>A parameter as written: attributes, type, name, default. Appended straight into the line being written.</summary>
    private readonly struct Rendered(MethodParameterModel parameter, string namespaceName) : ISourceText
    {
        public void AppendTo(System.Text.StringBuilder builder)
        {
            foreach (var attribute in parameter.Attributes)
            {
                new AttributeWriter.Rendered(attribute).AppendTo(builder);
                builder.Append(' ');
            }

            builder.Append(TypeNames.Of(parameter.Type, parameter.Nullable, namespaceName)).Append(' ').Append(parameter.Name);
            if (parameter.IsOptional)
            {
                builder.Append(" = ").Append(DefaultValue(parameter.Default));
            }
        }
    }
}
