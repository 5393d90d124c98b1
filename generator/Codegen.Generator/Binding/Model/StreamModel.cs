namespace Codegen.Generator.Binding.Model;

/// <summary>How a streamed response body frames its items, which picks the runtime reader.</summary>
internal enum StreamFormat
{
    /// <summary>text/event-stream: each event's data is an item, read with its event type, id and retry.</summary>
    EventStream,

    /// <summary>application/jsonl, application/x-ndjson: one JSON value per line.</summary>
    JsonLines,

    /// <summary>application/json-seq (RFC 7464): one JSON value per record.</summary>
    JsonSequence,
}

/// <summary>
/// A streamed response: the Refit method sends the request and returns the response undisposed; an extension
/// method of this name beside the interface checks the status and yields the items as they arrive.
/// </summary>
/// <param name="MediaType">The media type asked for in Accept (spec text: escaped on output).</param>
/// <param name="ItemType">The type of one item (for server-sent events, of one event's data).</param>
/// <param name="Locals">Names of the extension method's own parameter and locals, none hiding an operation parameter.</param>
/// <param name="DataIsText">Server-sent events whose data is a string: the data's text as it is, not read as JSON.</param>
internal sealed record StreamModel(StreamFormat Format, string MediaType, TypeRef ItemType, StreamLocals Locals, bool DataIsText = false);

/// <summary>The extension method's receiver, the response, the items and an item, named apart from the operation's parameters.</summary>
internal sealed record StreamLocals(string Api, string Response, string Items, string Item);
