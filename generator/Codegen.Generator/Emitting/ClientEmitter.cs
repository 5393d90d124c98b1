using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Emit stage: a pure function from the bound model to source files, in a stable order.</summary>
internal static class ClientEmitter
{
    public static ImmutableEquatableArray<GeneratedFile> Emit(ClientModel client)
    {
        if (client.Interfaces.Count == 0 && client.Records.Count == 0 && client.Enums.Count == 0 && client.Unions.Count == 0)
        {
            return ImmutableEquatableArray<GeneratedFile>.Empty;
        }

        using var markdown = MarkdownXmlDoc.RenderEachOnce();
        var files = new List<GeneratedFile>();
        files.AddRange(client.Records.Select(r => RecordEmitter.Emit(client, r)));
        files.AddRange(client.Enums.Select(e => EnumEmitter.Emit(client, e)));
        files.AddRange(client.Unions.Select(u => UnionEmitter.Emit(client, u)));
        files.AddRange(client.Interfaces.Select(i => InterfaceEmitter.Emit(client, i)));
        files.AddRange(client.PagerClasses.Select(p => PagerEmitter.Emit(client, p)));
        files.AddRange((client.SentMethods ?? ImmutableEquatableArray<SentMethodsModel>.Empty).Select(s => SentMethodsEmitter.Emit(client, s)));
        files.AddRange((client.ClientImplementations ?? ImmutableEquatableArray<ClientImplementationModel>.Empty).Select(c => ClientImplementationEmitter.Emit(client, c)));
        files.AddRange((client.QueryStringConverters ?? ImmutableEquatableArray<QueryStringConverterModel>.Empty).Select(c => QueryStringConverterEmitter.Emit(client, c)));
        files.AddRange(client.Interfaces.Where(i => i.StreamsClassName is not null).Select(i => StreamEmitter.Emit(client, i)));
        files.Add(JsonContextEmitter.Emit(client));

        return ImmutableEquatableArray<GeneratedFile>.Own(OrdinalOrder.ByUniqueKey(files, f => f.HintName));
    }
}
