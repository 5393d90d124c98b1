using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Emit stage: a pure function from the bound model to source files, in a stable order.</summary>
internal static class ClientEmitter
{
    /// <summary>Every file, in ordinal order of their hint names; their bytes are in blocks they share (<see cref="ByteBlocks"/>).</summary>
    public static ImmutableEquatableArray<GeneratedFile> Emit(ClientModel client)
    {
        var blocks = new ByteBlocks(client.Records.Count + client.Enums.Count + client.Unions.Count);
        return ImmutableEquatableArray<GeneratedFile>.Own(OrdinalOrder.ByUniqueKey(EmitFiles(client).Select(file => file.ToGeneratedFile(blocks)), file => file.HintName));
    }

    /// <summary>
    /// Every file, handed to <paramref name="write"/> one at a time as its hint name and UTF-8 bytes, in the order the
    /// emitters make them. The bytes are in one buffer that the next file writes over: <paramref name="write"/> must be
    /// done with them when it returns. For a host that only writes the files out (the tool), which then holds about the
    /// largest file (twice it while a large file's encoded pieces are joined) where all of them are a hundred megabytes for
    /// a large description.
    /// </summary>
    public static void EmitEach(ClientModel client, Action<string, ArraySegment<byte>> write)
    {
        var buffer = Array.Empty<byte>();
        foreach (var file in EmitFiles(client))
        {
            write(file.HintName, file.Writer.EncodeInto(ref buffer));
        }
    }

    /// <summary>The files, made one by one as they are asked for: each must be encoded before the next is made.</summary>
    private static IEnumerable<EmittedFile> EmitFiles(ClientModel client)
    {
        if (client.Interfaces.Count == 0 && client.Records.Count == 0 && client.Enums.Count == 0 && client.Unions.Count == 0)
        {
            yield break;
        }

        using var markdown = MarkdownXmlDoc.RenderEachOnce();
        foreach (var record in client.Records)
        {
            yield return RecordEmitter.Emit(client, record);
        }

        foreach (var model in client.Enums)
        {
            yield return EnumEmitter.Emit(client, model);
        }

        foreach (var union in client.Unions)
        {
            yield return UnionEmitter.Emit(client, union);
        }

        foreach (var model in client.Interfaces)
        {
            yield return InterfaceEmitter.Emit(client, model);
        }

        foreach (var model in client.PagerClasses)
        {
            yield return PagerEmitter.Emit(client, model);
        }

        foreach (var model in client.SentMethods ?? ImmutableEquatableArray<SentMethodsModel>.Empty)
        {
            yield return SentMethodsEmitter.Emit(client, model);
        }

        foreach (var model in client.ClientImplementations ?? ImmutableEquatableArray<ClientImplementationModel>.Empty)
        {
            yield return ClientImplementationEmitter.Emit(client, model);
        }

        foreach (var model in client.QueryStringConverters ?? ImmutableEquatableArray<QueryStringConverterModel>.Empty)
        {
            yield return QueryStringConverterEmitter.Emit(client, model);
        }

        foreach (var model in client.Interfaces)
        {
            if (model.StreamsClassName is not null)
            {
                yield return StreamEmitter.Emit(client, model);
            }
        }

        yield return JsonContextEmitter.Emit(client);
    }
}
