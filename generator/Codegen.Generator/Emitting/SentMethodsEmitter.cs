using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits the methods of one interface that Refit cannot send (OpenAPI 3.2's QUERY, additionalOperations): extension
/// methods that build the request as Refit would (the path appended to the base address, parameters escaped, a
/// querystring by its converter, a JSON body from the generated context), send it over the interface's HttpClient,
/// throw Refit's ApiException for an error status, and read a JSON result. Why not Refit: see Binding/SentMethods.cs. The receiver
/// and locals are named by bind (<see cref="SentMethodLocals"/>).
/// </summary>
internal static class SentMethodsEmitter
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    public static EmittedFile Emit(ClientModel client, SentMethodsModel model)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, client);
        writer.WriteLine($"/// <summary>The operations of <see cref=\"{model.InterfaceName}\"/> with an HTTP method Refit cannot send, sent over its <c>Client</c>.</summary>");
        GeneratedCodeMarkers.WriteForWholeType(writer);
        writer.WriteLine($"public static class {model.ClassName}");
        writer.OpenBlock();
        var first = true;
        foreach (var sent in model.Methods)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteMethod(writer, client, model, sent.Method, sent.Locals);
        }

        writer.CloseBlock();
        return new EmittedFile(model.ClassName + ".g.cs", writer);
    }

    private static void WriteMethod(SourceWriter writer, ClientModel client, SentMethodsModel model, MethodModel method, SentMethodLocals locals)
    {
        var ns = client.Namespace;
        var interfaceName = model.InterfaceName;
        var api = locals.Api;

        // Declared by a child tag's interface: named through it, which no other base can make ambiguous.
        var httpClient = model.ClientOwner == interfaceName ? api + ".Client" : $"((global::{ns}.{model.ClientOwner}){api}).Client";
        var verb = method.Attributes[0].Arguments[0].Text!;
        var template = method.Attributes[0].Arguments[1].Text!;
        var context = $"global::{ns}.{client.JsonContextName}.Default";

        XmlDocWriter.Write(writer, method.Docs);
        XmlDocWriter.TextParam(writer, api, "The client; the request goes through its HttpClient.");
        foreach (var parameter in method.Parameters)
        {
            XmlDocWriter.Param(writer, parameter.Name, parameter.Description);
        }

        XmlDocWriter.Responses(writer, method.Responses ?? ResponseDocs.None);
        if (method.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"This operation is deprecated in the API description.\")]");
        }

        var returnType = method.Result is { } result
            ? $"{KnownTypes.Task}<{TypeNames.Of(result, method.ResultNullable, ns)}>"
            : KnownTypes.Task;
        var parameters = new List<string> { $"this global::{ns}.{interfaceName} {api}" };
        parameters.AddRange(method.Parameters.Select(p => TypeNames.Of(p.Type, p.Nullable, ns) + " " + p.Name + (p.IsOptional ? " = " + InterfaceEmitter.DefaultValue(p.Default) : string.Empty)));
        writer.WriteLine($"public static async {returnType} {method.Name}(");
        writer.Indent();
        for (var i = 0; i < parameters.Count; i++)
        {
            writer.WriteLine($"{parameters[i]}{(i == parameters.Count - 1 ? ")" : ",")}");
        }

        writer.Unindent();
        writer.OpenBlock();
        writer.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({api});");
        var (target, request, response) = (locals.Target, locals.Request, locals.Response);
        writer.WriteLine($"var {target} = new global::System.Text.StringBuilder();");
        WritePath(writer, method, template, target);
        WriteQuery(writer, method, locals);
        WriteQueryString(writer, method, target, ns);
        writer.WriteLine($"var {locals.BaseAddress} = {httpClient}.BaseAddress?.AbsoluteUri.TrimEnd('/') ?? string.Empty;");
        writer.WriteLine($"using var {request} = new global::System.Net.Http.HttpRequestMessage(new global::System.Net.Http.HttpMethod({CSharpLiteral.String(verb)}), new global::System.Uri({locals.BaseAddress} + {target}.ToString(), global::System.UriKind.RelativeOrAbsolute));");
        foreach (var parameter in method.Parameters)
        {
            if (Argument(parameter, AttributeKind.Header) is { } header)
            {
                WhenPresent(writer, parameter, $"{request}.Headers.TryAddWithoutValidation({CSharpLiteral.String(header)}, {Text(parameter)});");
            }
            else if (Has(parameter, AttributeKind.Body))
            {
                var content = parameter.Type.IsBuiltin(BuiltinType.HttpContent)
                    ? parameter.Name
                    : $"global::System.Net.Http.Json.JsonContent.Create({parameter.Name}, {TypeInfo(context, parameter.Type, ns)})";
                WhenPresent(writer, parameter, $"{request}.Content = {content};");
            }
        }

        writer.WriteLine($"using var {response} = await {httpClient}.SendAsync({request}, cancellationToken).ConfigureAwait(false);");
        writer.WriteLine($"if (!{response}.IsSuccessStatusCode)");
        writer.OpenBlock();
        writer.WriteLine($"throw await global::Refit.ApiException.Create({request}, {request}.Method, {response}, new global::Refit.RefitSettings()).ConfigureAwait(false);");
        writer.CloseBlock();
        if (method.Result is { } type)
        {
            writer.WriteLine();
            if (method.ResultNullable)
            {
                writer.WriteLine($"if ({response}.StatusCode == global::System.Net.HttpStatusCode.NoContent || {response}.Content.Headers.ContentLength == 0)");
                writer.OpenBlock();
                writer.WriteLine("return null;");
                writer.CloseBlock();
            }

            // Refit's own methods throw ApiException for a body they cannot read, and never return null for a value
            // the signature promises: these methods do the same.
            var read = $"await global::System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync({response}.Content, {TypeInfo(context, type, ns)}, cancellationToken).ConfigureAwait(false)";
            var mayBeNullJson = !method.ResultNullable && !type.IsValueType;
            writer.WriteLine("try");
            writer.OpenBlock();
            if (mayBeNullJson)
            {
                writer.WriteLine($"var {locals.Result} = {read};");
                writer.WriteLine($"if ({locals.Result} is not null)");
                writer.OpenBlock();
                writer.WriteLine($"return {locals.Result};");
                writer.CloseBlock();
            }
            else
            {
                writer.WriteLine($"return {read};");
            }

            writer.CloseBlock();
            writer.WriteLine($"catch (global::System.Text.Json.JsonException {locals.Exception})");
            writer.OpenBlock();
            writer.WriteLine($"throw await global::Refit.ApiException.Create(\"The response body could not be read: \" + {locals.Exception}.Message, {request}, {request}.Method, {response}, new global::Refit.RefitSettings(), {locals.Exception}).ConfigureAwait(false);");
            writer.CloseBlock();
            if (mayBeNullJson)
            {
                writer.WriteLine();
                writer.WriteLine($"throw await global::Refit.ApiException.Create(\"The response body is JSON null, where the API description promises a value.\", {request}, {request}.Method, {response}, new global::Refit.RefitSettings()).ConfigureAwait(false);");
            }
        }

        writer.CloseBlock();
    }

    /// <summary>The template's literal text as is, each placeholder as its parameter's text, escaped.</summary>
    private static void WritePath(SourceWriter writer, MethodModel method, string template, string target)
    {
        var byPlaceholder = method.Parameters
            .Where(p => !Has(p, AttributeKind.Query) && !Has(p, AttributeKind.Header) && !Has(p, AttributeKind.Body) && !p.Type.IsBuiltin(BuiltinType.CancellationToken))
            .ToDictionary(p => Argument(p, AttributeKind.AliasAs) ?? p.Name, System.StringComparer.Ordinal);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                writer.WriteLine($"{target}.Append({CSharpLiteral.String(template.Substring(position))});");
                return;
            }

            if (open > position)
            {
                writer.WriteLine($"{target}.Append({CSharpLiteral.String(template.Substring(position, open - position))});");
            }

            var parameter = byPlaceholder[template.Substring(open + 1, close - open - 1)];
            writer.WriteLine($"{target}.Append(global::System.Uri.EscapeDataString({Text(parameter)}));");
            position = close + 1;
        }
    }

    private static void WriteQuery(SourceWriter writer, MethodModel method, SentMethodLocals locals)
    {
        var query = method.Parameters.Where(p => Has(p, AttributeKind.Query) && SentMethods.QueryStringConverter(p) is null).ToList();
        if (query.Count == 0)
        {
            return;
        }

        writer.WriteLine($"var {locals.Separator} = '?';");
        foreach (var parameter in query)
        {
            var name = Argument(parameter, AttributeKind.AliasAs) ?? parameter.Name;
            var append = $"{locals.Target}.Append({locals.Separator}).Append(global::System.Uri.EscapeDataString({CSharpLiteral.String(name)})).Append('=').Append(global::System.Uri.EscapeDataString({Text(parameter)}));";
            WhenPresent(writer, parameter, append, $"{locals.Separator} = '&';");
        }
    }

    /// <summary>An <c>in: querystring</c> parameter: its converter (QueryStringConverterEmitter) writes the whole query string.</summary>
    private static void WriteQueryString(SourceWriter writer, MethodModel method, string target, string ns)
    {
        foreach (var parameter in method.Parameters)
        {
            if (SentMethods.QueryStringConverter(parameter) is { } converter)
            {
                WhenPresent(writer, parameter, $"{target}.Append(global::{ns}.{converter}.{QueryStringConverterEmitter.WriteMethod}({parameter.Name}));");
            }
        }
    }

    private static void WhenPresent(SourceWriter writer, MethodParameterModel parameter, string statement, string? then = null)
    {
        if (parameter.Nullable)
        {
            writer.WriteLine($"if ({parameter.Name} is not null)");
            writer.OpenBlock();
        }

        writer.WriteLine(statement);
        if (then is not null)
        {
            writer.WriteLine(then);
        }

        if (parameter.Nullable)
        {
            writer.CloseBlock();
        }
    }

    /// <summary>The parameter's wire text: its format when the binder chose one, else the invariant text (JSON's for booleans and dates).</summary>
    private static string Text(MethodParameterModel parameter)
    {
        var value = parameter.Nullable && parameter.Type.IsValueType ? parameter.Name + ".Value" : parameter.Name;
        if (parameter.Attributes.SelectMany(a => a.Arguments).FirstOrDefault(a => a.Kind == AttributeArgumentKind.QueryFormat) is { } format)
        {
            return $"{value}.ToString({CSharpLiteral.String(format.Text!)}, {Invariant})";
        }

        return parameter.Type.Builtin switch
        {
            BuiltinType.String => value,
            BuiltinType.Bool => $"({value} ? \"true\" : \"false\")",
            BuiltinType.DateTimeOffset => $"{value}.ToString(\"O\", {Invariant})",
            BuiltinType.DateOnly => $"{value}.ToString(\"yyyy-MM-dd\", {Invariant})",
            BuiltinType.Uri => $"{value}.ToString()",
            _ => $"{value}.ToString(null, {Invariant})",
        };
    }

    private static string TypeInfo(string context, TypeRef type, string ns)
        => JsonTypeInfoExpression.Of(TypeNames.Of(type, false, ns), context);

    private static bool Has(MethodParameterModel parameter, AttributeKind kind) => parameter.Attributes.Any(a => a.Kind == kind);

    private static string? Argument(MethodParameterModel parameter, AttributeKind kind)
        => parameter.Attributes.FirstOrDefault(a => a.Kind == kind)?.Arguments.FirstOrDefault(a => a.Kind == AttributeArgumentKind.String)?.Text;
}
