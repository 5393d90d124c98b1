using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits the pagers of one interface: a static class of extension methods, one per paged operation, each
/// returning an AsyncPageable over the items whose pages it requests through the interface's Refit method.
/// Extension methods rather than interface members: Refit's generator implements every interface member, and
/// callers who mock the interface still get working pagers.
/// </summary>
internal static class PagerEmitter
{
    public static EmittedFile Emit(ClientModel client, PagerClassModel model)
    {
        var writer = new SourceWriter();
        var prefix = "global::" + client.Namespace + ".";
        FileHeader.Write(writer, client);
        writer.WriteLine($"/// <summary>Every item of the paged operations of <see cref=\"{model.InterfaceName}\"/>, across pages, fetched a page at a time.</summary>");
        GeneratedCodeMarkers.WriteForWholeType(writer);
        writer.WriteLine($"public static class {model.Name}");
        writer.OpenBlock();
        var first = true;
        foreach (var pager in model.Pagers)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            new PagerWriter(writer, client, prefix, model.InterfaceName, pager).Write();
        }

        writer.CloseBlock();
        return new EmittedFile(model.Name + ".g.cs", writer);
    }

    /// <summary>Writes one pager; the model's names and types are used as bound, spec text only through literals and doc escaping.</summary>
    private sealed class PagerWriter
    {
        private readonly SourceWriter _writer;
        private readonly ClientModel _client;
        private readonly string _prefix;
        private readonly string _interfaceName;
        private readonly PagerModel _pager;
        private readonly PagerLocals _names;

        public PagerWriter(SourceWriter writer, ClientModel client, string prefix, string interfaceName, PagerModel pager)
        {
            _writer = writer;
            _client = client;
            _prefix = prefix;
            _interfaceName = interfaceName;
            _pager = pager;
            _names = pager.Locals;
        }

        private static string Paging => KnownTypes.Runtime + "Paging";

        private string ItemTypeName => TypeNames.Of(_pager.ItemType, _pager.ItemNullable, _client.Namespace);

        private string TypeName(TypeRef type) => TypeNames.Of(type, _client.Namespace);

        public void Write()
        {
            WriteDocumentation();
            if (_pager.Deprecated)
            {
                _writer.WriteLine("[global::System.Obsolete(\"This operation is deprecated in the API description.\")]");
            }

            _writer.WriteLine($"public static {KnownTypes.Runtime}AsyncPageable<{ItemTypeName}> {_pager.Name}(");
            _writer.Indent();
            _writer.WriteLine($"this {_prefix}{_interfaceName} {_names.Api},");
            foreach (var argument in _pager.Arguments)
            {
                var parameter = argument.Parameter;
                var defaultValue = parameter.IsOptional ? " = " + InterfaceEmitter.DefaultValue(parameter.Default) : string.Empty;
                _writer.WriteLine($"{TypeNames.Of(parameter.Type, parameter.Nullable, _client.Namespace)} {parameter.Name}{defaultValue},");
            }

            _writer.WriteLine("global::System.Threading.CancellationToken cancellationToken = default)");
            _writer.Unindent();
            _writer.OpenBlock();
            _writer.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({_names.Api});");
            _writer.WriteLine($"return {Paging}.Create<{ItemTypeName}>(async ({_names.Link}, {_names.Cancellation}) =>");
            _writer.OpenBlock();
            WriteRequests();
            WriteResult();
            _writer.CloseBlock(", cancellationToken);");
            _writer.CloseBlock();
        }

        private void WriteDocumentation()
        {
            var summary = $"Every item of {_pager.MethodName}, across pages.";
            var next = _pager.NextLinkName is { } nextLinkName
                ? $"The next page is the one its '{nextLinkName}' links to, requested through the same method: the link's query parameters"
                  + (_pager.Link?.HeadersProperty is not null ? " and headers" : string.Empty)
                  + " fill the parameters of the same names (query parameters the link leaves out are not sent; headers, path parameters and the body stay as given). A link asking for anything else stops the enumeration with PageLinkException."
                : "The operation has one page only.";
            XmlDocWriter.Write(
                _writer,
                new Documentation(_pager.Summary, null),
                summary,
                $"Pages are requested one at a time as the items are enumerated, each through {_pager.MethodName}, so the client's handlers, retries and errors apply to every page. "
                + $"The items are the response's '{_pager.ItemName}'. {next} "
                + "AsPages walks page by page; each page's continuation token resumes from the page after it, passed back with the same arguments.");
            XmlDocWriter.TextParam(_writer, _names.Api, "The client every page is requested through.");
            foreach (var argument in _pager.Arguments)
            {
                XmlDocWriter.Param(_writer, argument.Parameter.Name, argument.Parameter.Description);
            }

            XmlDocWriter.TextParam(_writer, "cancellationToken", "Cancels every page request, as the token given to the enumeration does.");
            _writer.WriteLine("/// <returns>The items; nothing is requested until they are enumerated.</returns>");
        }

        private void WriteRequests()
        {
            var response = TypeNames.Of(_pager.ResponseType, _pager.ResponseMayBeNull, _client.Namespace);
            _writer.WriteLine($"{response} {_names.Response};");
            _writer.WriteLine($"if ({_names.Link} is null)");
            _writer.OpenBlock();
            WriteCall(_pager.Arguments.Select(a => (a.Parameter.Name, a.Parameter.Name)));
            _writer.CloseBlock();
            _writer.WriteLine("else");
            _writer.OpenBlock();
            var query = Names(_pager.Arguments.Where(a => a.NextPage == NextPageSource.Query));
            var headers = Names(_pager.Arguments.Where(a => a.NextPage == NextPageSource.Header));
            _writer.WriteLine($"{_names.Link}.EnsureMappable({CSharpLiteral.String(_pager.OperationLabel)}, {CSharpLiteral.String(_pager.HttpMethod)}, {query}, {headers});");
            WriteCall(_pager.Arguments.Select(a => (a.Parameter.Name, FromLink(a))));
            _writer.CloseBlock();
            _writer.WriteLine();
        }

        private void WriteCall(IEnumerable<(string Name, string Value)> arguments)
        {
            _writer.WriteLine($"{_names.Response} = await {_names.Api}.{_pager.MethodName}(");
            _writer.Indent();
            foreach (var (name, value) in arguments)
            {
                _writer.WriteLine($"{name}: {value},");
            }

            _writer.WriteLine($"cancellationToken: {_names.Cancellation}).ConfigureAwait(false);");
            _writer.Unindent();
        }

        private void WriteResult()
        {
            if (_pager.ResponseMayBeNull)
            {
                _writer.WriteLine($"if ({_names.Response} is null)");
                _writer.OpenBlock();
                _writer.WriteLine($"return (global::System.Array.Empty<{ItemTypeName}>(), null);");
                _writer.CloseBlock();
                _writer.WriteLine();
            }

            var items = Path(_pager.Items);
            if (_pager.Items[_pager.Items.Count - 1].MayBeNull)
            {
                items += $" ?? global::System.Array.Empty<{ItemTypeName}>()";
            }

            if (_pager.NextLink is not { } nextLink)
            {
                _writer.WriteLine($"return ({items}, null);");
                return;
            }

            _writer.WriteLine($"var {_names.Next} = {Path(nextLink)};");
            if (_pager.Link is not { } link)
            {
                _writer.WriteLine($"return ({items}, {KnownTypes.Runtime}PageLink.FromUrl({_names.Next}));");
                return;
            }

            var method = link.MethodProperty is { } methodProperty ? $"{_names.Next}.{methodProperty}" : "null";
            var headers = link.HeadersProperty is { } headersProperty
                ? $", {_names.Next}.{headersProperty}, static {_names.Header} => {_names.Header}.{link.HeaderKeyProperty}, static {_names.Header} => {_names.Header}.{link.HeaderValueProperty}"
                : string.Empty;
            _writer.WriteLine($"return ({items}, {_names.Next} is null ? null : {KnownTypes.Runtime}PageLink.FromLink({_names.Next}.{link.UriProperty}, {method}{headers}));");
        }

        /// <summary>From the response along the properties; a step after one that may be null reads with ?.</summary>
        private string Path(ImmutableEquatableArray<PathStep> steps)
        {
            var text = _names.Response;
            var previousMayBeNull = false;
            foreach (var step in steps)
            {
                text += (previousMayBeNull ? "?." : ".") + step.PropertyName;
                previousMayBeNull |= step.MayBeNull;
            }

            return text;
        }

        private static string Names(IEnumerable<PagerArgument> arguments)
        {
            var names = arguments.Select(a => CSharpLiteral.String(a.WireName!)).ToList();
            return names.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", names) + " }";
        }

        /// <summary>The argument for a page after the first: the link's text read as the parameter's type, else the caller's value or nothing.</summary>
        private string FromLink(PagerArgument argument)
        {
            var name = argument.Parameter.Name;
            switch (argument.NextPage)
            {
                case NextPageSource.Omitted:
                    return "null";
                case NextPageSource.Query or NextPageSource.Header when argument.Value is { } value:
                    var wire = CSharpLiteral.String(argument.WireName!);
                    var read = Read(value, wire);
                    string expression;
                    if (value.List is { } list)
                    {
                        expression = $"{Paging}.List<{TypeNames.Of(value.ListElement!, value.ListElementNullable, _client.Namespace)}>({_names.Link}.QueryValues({wire}, {Delimiter(list)}), static {_names.Text} => {read})";
                    }
                    else
                    {
                        var text = argument.NextPage == NextPageSource.Query ? $"{_names.Link}.Query({wire})" : $"{_names.Link}.Header({wire})";
                        expression = value.Kind switch
                        {
                            TextValueKind.Text => text,
                            TextValueKind.Uri or TextValueKind.Json => $"{Paging}.Reference<{TypeName(value.Type)}>({text}, static {_names.Text} => {read})",
                            _ => $"{Paging}.Value<{TypeName(value.Type)}>({text}, static {_names.Text} => {read})",
                        };
                    }

                    return argument.KeepsCallerValue ? $"{expression} ?? {name}" : expression;
                default:
                    return name;
            }
        }

        /// <summary>C# that reads one text (the lambda's parameter) as the value's type.</summary>
        private string Read(TextValue value, string wire) => value.Kind switch
        {
            TextValueKind.Parsable => $"{Paging}.Parse<{TypeName(value.Type)}>({_names.Text}, {wire})",
            TextValueKind.Uri => $"{Paging}.ParseUri({_names.Text}, {wire})",
            TextValueKind.StringEnum => $"new {TypeName(value.Type)}({_names.Text})",
            TextValueKind.IntegerEnum => $"new {TypeName(value.Type)}({Paging}.Parse<{(value.Type.Generated == GeneratedKind.Int32Enum ? "int" : "long")}>({_names.Text}, {wire}))",
            TextValueKind.Json => $"{Paging}.ParseJson<{TypeName(value.Type)}>({_names.Text}, {wire}, {_prefix}{_client.JsonContextName}.Default)",
            _ => _names.Text,
        };

        private static string Delimiter(ListFormat format) => format switch
        {
            ListFormat.Csv => "\",\"",
            ListFormat.Ssv => "\" \"",
            ListFormat.Pipes => "\"|\"",
            ListFormat.Tsv => "\"\\t\"",
            _ => "null",
        };
    }
}
