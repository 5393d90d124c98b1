using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Emits a Refit interface. Refit's own source generator writes its implementation in the same compilation.</summary>
internal static class InterfaceEmitter
{
    public static EmittedFile Emit(ClientModel client, InterfaceModel model)
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
        return new EmittedFile(model.Name + ".g.cs", writer);
    }

    private static void WriteMethod(SourceWriter writer, MethodModel method, string namespaceName)
    {
        if (method.Stream is { } stream)
        {
            WriteStreamRequestDocs(writer, method, stream);
            WriteAttributes(writer, method.Attributes);
            WriteSignature(writer, TaskType.ApiResponse, method.ResponseMethodName!, method.Parameters, namespaceName, withAttributes: true, terminator: ";");
            return;
        }

        if (method.ResponseMethodName is { } responseMethod)
        {
            WriteJsonRequest(writer, method, responseMethod, namespaceName);
            writer.WriteLine();
            WriteJsonRead(writer, method, responseMethod, namespaceName);
            return;
        }

        WriteDocs(writer, method);
        WriteAttributes(writer, method.Attributes);
        WriteSignature(writer, TaskType.Of(method, namespaceName), method.Name, method.Parameters, namespaceName, withAttributes: true, terminator: ";");
    }

    private static void WriteDocs(SourceWriter writer, MethodModel method)
    {
        XmlDocWriter.Write(writer, method.Docs);
        foreach (var parameter in method.Parameters)
        {
            XmlDocWriter.Param(writer, parameter.Name, parameter.Description);
        }

        XmlDocWriter.Responses(writer, method.Responses ?? ResponseDocs.None);
    }

    /// <summary>
    /// The request half of an operation with a JSON result: what Refit sends, hidden from completion. Refit returns the
    /// response with its body unread (it copies a body into memory only when it deserialises it) and has already run the
    /// client's ExceptionFactory.
    /// </summary>
    private static void WriteJsonRequest(SourceWriter writer, MethodModel method, string name, string namespaceName)
    {
        var caller = new XmlDocWriter.Escaped(method.Name);
        writer.WriteLine($"/// <summary>Sends the request of {caller} and returns its response with the body unread; {caller} reads it.</summary>");
        foreach (var parameter in method.Parameters)
        {
            XmlDocWriter.Param(writer, parameter.Name, parameter.Description);
        }

        writer.WriteLine("/// <returns>The response, undisposed: the caller disposes it.</returns>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine($"[{KnownTypes.Runtime}JsonResponseReader(nameof({method.Name}))]");
        WriteAttributes(writer, method.Attributes);

        WriteSignature(writer, TaskType.ApiResponse, name, method.Parameters, namespaceName, withAttributes: true, terminator: ";");
    }

    /// <summary>
    /// The method callers call, with the operation's documentation: a default interface method, which Refit's generator
    /// leaves alone (it implements abstract members only), calling the hidden one and reading the body with the runtime.
    /// </summary>
    private static void WriteJsonRead(SourceWriter writer, MethodModel method, string responseMethod, string namespaceName)
    {
        WriteDocs(writer, method);
        foreach (var attribute in method.Attributes.Where(a => a.Kind == AttributeKind.Obsolete))
        {
            writer.WriteLine($"{new AttributeWriter.Rendered(attribute)}");
        }

        WriteSignature(writer, TaskType.Of(method, namespaceName), method.Name, method.Parameters, namespaceName, withAttributes: false, terminator: string.Empty);
        var result = new TypeNames.Spelled(method.Result!, method.ResultNullable, namespaceName);
        var read = method.ResultNullable ? "ReadOrDefaultAsync" : "ReadAsync";
        var cancellation = method.Parameters.Last(p => p.Type.IsBuiltin(BuiltinType.CancellationToken)).Name;
        writer.Indent();
        writer.WriteLine($"=> {KnownTypes.Runtime}JsonResponse.{read}<{result}>(this.{responseMethod}({new Arguments(method.Parameters)}), {cancellation});");
        writer.Unindent();
    }

    /// <summary>
    /// What a hidden Refit method returns: Refit runs the client's ExceptionFactory for it (not for a bare response) and
    /// keeps the client's settings, and leaves the body unread.
    /// </summary>
    private const string ApiResponseType = "global::Refit.ApiResponse<" + StreamEmitter.HttpResponseMessage + ">";

    /// <summary>Return type, name and parameters, one parameter a line when there are several, then the terminator.</summary>
    private static void WriteSignature(
        SourceWriter writer, TaskType returnType, string name, ImmutableEquatableArray<MethodParameterModel> parameters, string namespaceName, bool withAttributes, string terminator)
    {
        if (parameters.Count == 0)
        {
            writer.WriteLine($"{returnType} {name}(){terminator}");
            return;
        }

        if (parameters.Count == 1)
        {
            writer.WriteLine($"{returnType} {name}({new Rendered(parameters[0], namespaceName, withAttributes)}){terminator}");
            return;
        }

        writer.WriteLine($"{returnType} {name}(");
        writer.Indent();
        for (var i = 0; i < parameters.Count; i++)
        {
            var end = i == parameters.Count - 1 ? ")" + terminator : ",";
            writer.WriteLine($"{new Rendered(parameters[i], namespaceName, withAttributes)}{end}");
        }

        writer.Unindent();
    }


    /// <summary>
    /// The request half of a streamed operation: hidden from completion, since callers call the extension method that
    /// reads the items, and asking for the media type in Accept.
    /// </summary>
    private static void WriteStreamRequestDocs(SourceWriter writer, MethodModel method, StreamModel stream)
    {
        XmlDocWriter.TextSummary(writer, $"Sends the request of {method.Name} and returns Refit's answer as soon as the headers arrive, with the body still arriving; {method.Name} checks it and reads the items.");
        foreach (var parameter in method.Parameters)
        {
            XmlDocWriter.Param(writer, parameter.Name, parameter.Description);
        }

        writer.WriteLine("/// <returns>Refit's answer, undisposed: the caller disposes it or the response it holds.</returns>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine($"[global::Refit.Headers({CSharpLiteral.String("Accept: " + stream.MediaType)})]");
    }

    private static void WriteAttributes(SourceWriter writer, ImmutableEquatableArray<AttributeModel> attributes)
    {
        foreach (var attribute in attributes)
        {
            writer.WriteLine($"{new AttributeWriter.Rendered(attribute)}");
        }
    }

    /// <summary>What a method returns: Task, or Task of the result (or of Refit's response), appended into its signature.</summary>
    private readonly struct TaskType : ISourceText
    {
        private readonly TypeRef? _result;
        private readonly bool _nullable;
        private readonly string? _namespaceName;
        private readonly string? _fixedResult;

        private TaskType(TypeRef? result, bool nullable, string? namespaceName, string? fixedResult)
        {
            _result = result;
            _nullable = nullable;
            _namespaceName = namespaceName;
            _fixedResult = fixedResult;
        }

        /// <summary>The hidden Refit method's: Refit's response with the body unread.</summary>
        public static TaskType ApiResponse => new(null, false, null, ApiResponseType);

        public static TaskType Of(MethodModel method, string namespaceName) => new(method.Result, method.ResultNullable, namespaceName, null);

        public void AppendTo(System.Text.StringBuilder builder)
        {
            builder.Append(KnownTypes.Task);
            if (_fixedResult is not null)
            {
                builder.Append('<').Append(_fixedResult).Append('>');
            }
            else if (_result is not null)
            {
                builder.Append('<');
                new TypeNames.Spelled(_result, _nullable, _namespaceName!).AppendTo(builder);
                builder.Append('>');
            }
        }
    }

    /// <summary>What an optional parameter defaults to, as written after its name.</summary>
    public static string DefaultValue(ParameterDefault value) => value == ParameterDefault.Default ? "default" : "null";

    /// <summary>The parameters' names, separated by commas: the arguments of a call passing each on.</summary>
    private readonly struct Arguments(ImmutableEquatableArray<MethodParameterModel> parameters) : ISourceText
    {
        public void AppendTo(System.Text.StringBuilder builder)
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                builder.Append(i == 0 ? string.Empty : ", ").Append(parameters[i].Name);
            }
        }
    }

    /// <summary>A parameter as written: attributes, type, name, default. Appended straight into the line being written.</summary>
    private readonly struct Rendered(MethodParameterModel parameter, string namespaceName, bool withAttributes) : ISourceText
    {
        public void AppendTo(System.Text.StringBuilder builder)
        {
            foreach (var attribute in withAttributes ? parameter.Attributes : ImmutableEquatableArray<AttributeModel>.Empty)
            {
                new AttributeWriter.Rendered(attribute).AppendTo(builder);
                builder.Append(' ');
            }

            new TypeNames.Spelled(parameter.Type, parameter.Nullable, namespaceName).AppendTo(builder);
            builder.Append(' ').Append(parameter.Name);
            if (parameter.IsOptional)
            {
                builder.Append(" = ").Append(DefaultValue(parameter.Default));
            }
        }
    }
}
