using Codegen.Generator.Common;

namespace Codegen.Generator.Binding.Model;

/// <summary>What an operation's documentation says about its answers, as raw spec text (CommonMark) for the emitter to render.</summary>
/// <param name="Returns">What the method's task gives: the success response's description, else a sentence naming what it returns; null when neither says anything.</param>
/// <param name="Errors">The documented responses that make Refit throw (every status outside 2xx), in status order.</param>
internal sealed record ResponseDocs(string? Returns, ImmutableEquatableArray<ErrorResponseDoc> Errors)
{
    public static ResponseDocs None { get; } = new(null, ImmutableEquatableArray<ErrorResponseDoc>.Empty);
}

/// <summary>Documented error responses that share a description (often one component response for 500, 502, 503 and 504).</summary>
/// <param name="Statuses">The statuses as the spec writes them ("404", "4XX"); "default" stands for any other status and comes last.</param>
internal sealed record ErrorResponseDoc(ImmutableEquatableArray<string> Statuses, string? Description);
