using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Decides whether an operation's success response is a stream of items and of which type. It is when its media type
/// is text/event-stream, application/jsonl, application/x-ndjson or application/json-seq and the items are described:
/// by the media type's itemSchema (OpenAPI 3.2), or else by its schema when that is an array with items (how 3.0 and
/// 3.1 descriptions write a stream, and what 3.2 says a sequential media type's schema means: all items as one array).
/// A schema of any other shape (a string, an object) says nothing about the items, so that body stays as it was
/// (a string or a Stream).
/// <para>
/// For server-sent events the item schema may describe the whole event, as ASP.NET Core and the 3.2 specification's
/// own example write it: an object whose properties are <c>data</c> and some of <c>event</c>, <c>id</c>, <c>retry</c>.
/// The item type is then the schema of <c>data</c>; the other fields are SseItem's. Data that is a string is
/// yielded as its text, not read as JSON (a contentSchema inside it is not read).
/// </para>
/// </summary>
internal sealed class StreamBinder
{
    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;
    private readonly HashSet<TypeRef> _rootTypes;

    public StreamBinder(SchemaShapes shapes, TypeResolver types, HashSet<TypeRef> rootTypes)
    {
        _shapes = shapes;
        _types = types;
        _rootTypes = rootTypes;
    }

    /// <summary>The names of the fields of a server-sent event (HTML standard), which an item schema of the whole event has as properties.</summary>
    private static readonly string[] EventFields = { "data", "event", "id", "retry" };

    /// <summary>The format and item type of a streamed success response; null when the response is not one.</summary>
    public (StreamFormat Format, string MediaType, TypeRef ItemType)? Find(ApiOperation operation)
    {
        if (ResponseTypeBinder.SuccessResponse(operation, out _) is not { MediaType: { } mediaType } response
            || FormatOf(mediaType) is not { } format
            || ItemSchemaId(response) is not { } itemSchemaId)
        {
            return null;
        }

        if (format == StreamFormat.EventStream && EventDataSchemaId(itemSchemaId) is { } dataSchemaId)
        {
            itemSchemaId = dataSchemaId;
        }

        // The context must list the item type: the reader is given its JsonTypeInfo (not for event data read as text).
        var itemType = _types.Resolve(itemSchemaId);
        if (!IsTextData(format, itemType))
        {
            _rootTypes.Add(itemType);
        }

        return (format, MediaTypes.Essence(mediaType), itemType);
    }

    /// <summary>The stream's model, its locals named apart from <paramref name="parameters"/>.</summary>
    public static StreamModel Model((StreamFormat Format, string MediaType, TypeRef ItemType) found, IEnumerable<MethodParameterModel> parameters)
    {
        var scope = new NameScope(parameters.Select(p => p.Name).ToArray());
        var locals = new StreamLocals(scope.Claim("api"), scope.Claim("response"), scope.Claim("items"), scope.Claim("item"));
        return new StreamModel(found.Format, found.MediaType, found.ItemType, locals, IsTextData(found.Format, found.ItemType));
    }

    /// <summary>An event's data is text as it is; a JSON Lines or json-seq item that is a string is a JSON string.</summary>
    private static bool IsTextData(StreamFormat format, TypeRef itemType) => format == StreamFormat.EventStream && itemType.IsBuiltin(BuiltinType.String);

    /// <summary>The schema of <c>data</c> when the item schema describes the whole event; null when it describes the data.</summary>
    private string? EventDataSchemaId(string itemSchemaId)
    {
        var properties = _shapes.EffectiveProperties(_shapes.Unwrap(_shapes[itemSchemaId]));
        if (properties.Count == 0 || !properties.All(p => EventFields.Contains(p.Property.JsonName, StringComparer.Ordinal)))
        {
            return null;
        }

        return properties.FirstOrDefault(p => p.Property.JsonName == "data").Property?.SchemaId;
    }

    private string? ItemSchemaId(ApiResponse response)
    {
        if (response.ItemSchemaId is { } itemSchemaId)
        {
            return itemSchemaId;
        }

        return response.SchemaId is { } schemaId && _shapes.Unwrap(_shapes[schemaId]) is { ItemsId: { } itemsId } schema && schema.Types.Contains("array")
            ? itemsId
            : null;
    }

    /// <summary>The format of a streamed response's media type (<see cref="MediaTypes.StreamFormat"/>), else null.</summary>
    private static StreamFormat? FormatOf(string mediaType) => MediaTypes.StreamFormat(mediaType) switch
    {
        MediaTypes.EventStream => StreamFormat.EventStream,
        MediaTypes.JsonLines => StreamFormat.JsonLines,
        MediaTypes.JsonSequence => StreamFormat.JsonSequence,
        _ => null,
    };
}
