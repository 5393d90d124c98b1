namespace Codegen.Generator.Tests.Corpus;

/// <summary>
/// Every root description under tests/corpus, with what the generator must say about it: the exact
/// located diagnostics (constructs it does not support, names it had to change), nothing else.
/// Paths are relative to tests/corpus; a description added there without a row here fails
/// <see cref="CorpusTests.Every_description_in_the_corpus_has_a_case"/>.
/// </summary>
public static class CorpusCases
{
    /// <summary>
    /// The OAI examples: (path, allow external $refs, expected diagnostics). The separate-files petstore's root is
    /// spec/swagger.yaml and it $refs ../common/Error.yaml, outside the root's folder. The folder rule stays relative
    /// to the root spec (the one thing a build knows for sure), so it needs the documented opt-in
    /// (--allow-external-refs / OpenApiAllowExternalReferences).
    /// </summary>
    public static TheoryData<string, bool, string[]> OpenApiExamples => new()
    {
        { "openapi-examples/v2.0-petstore.yaml", false, [] },
        { "openapi-examples/v2.0-uber.json", false, [] },
        { "openapi-examples/v2.0-petstore-separate/spec/swagger.yaml", true, [] },
        { "openapi-examples/v3.0-api-with-examples.yaml", false, [] },
        { "openapi-examples/v3.0-callback-example.yaml", false, ["v3.0-callback-example.yaml(36,9): warning OAG0007: 'callbacks' (requests the API makes to its clients) is not supported and was ignored"] },
        { "openapi-examples/v3.0-link-example.yaml", false, [] },
        { "openapi-examples/v3.0-petstore-expanded.json", false, [] },
        { "openapi-examples/v3.0-petstore-expanded.yaml", false, [] },
        { "openapi-examples/v3.0-petstore.yaml", false, [] },
        { "openapi-examples/v3.0-uspto.yaml", false, [] },
        { "openapi-examples/v3.1-non-oauth-scopes.yaml", false, [] },
        { "openapi-examples/v3.1-webhook-example.yaml", false, ["v3.1-webhook-example.yaml(8,3): warning OAG0007: 'webhooks' (requests the API makes to its clients) is not supported and was ignored"] },
    };

    /// <summary>
    /// The large real descriptions: (path, expected diagnostics). Box names an inline schema and a component alike
    /// ('Classification $template' beside ClassificationTemplate), has an enum [ASC, DESC, asc, desc] and takes an
    /// array of objects as a query parameter, which no query style can write. Discord's enums (oneOf of consts) list
    /// values and their negations ("user", "-user"), which name the same member before the suffix.
    /// </summary>
    public static TheoryData<string, string[]> Large => new()
    {
        { "large/argo-workflows.json", [] },
        {
            "large/box.json",
            [
                "box.json(29091,24): warning OAG0011: 'Classification $template' collides with another name after conversion to C#; it was named 'ClassificationTemplate2'",
                "box.json(29384,19): warning OAG0011: 'Collaboration item' collides with another name after conversion to C#; it was named 'CollaborationItem2'",
                "box.json(30817,21): warning OAG0011: 'Event source' collides with another name after conversion to C#; it was named 'EventSource2'",
                "box.json(37355,19): warning OAG0011: 'SearchResultWithSharedLink item' collides with another name after conversion to C#; it was named 'SearchResultWithSharedLinkItem2'",
                "box.json(35664,30): warning OAG0011: 'asc' collides with another name after conversion to C#; it was named 'Asc2'",
                "box.json(35664,30): warning OAG0011: 'desc' collides with another name after conversion to C#; it was named 'Desc2'",
                "box.json(10584,11): warning OAG0007: A query parameter that is an array of arrays or objects ('mdfilters') is not supported and was generated as a string the caller formats",
            ]
        },
        {
            "large/discord.json",
            [
                "discord.json(21150,21): warning OAG0011: '-user' collides with another name after conversion to C#; it was named 'User2'",
                "discord.json(21150,21): warning OAG0011: '-bot' collides with another name after conversion to C#; it was named 'Bot2'",
                "discord.json(21150,21): warning OAG0011: '-webhook' collides with another name after conversion to C#; it was named 'Webhook2'",
                "discord.json(29446,20): warning OAG0011: '-link' collides with another name after conversion to C#; it was named 'Link2'",
                "discord.json(29446,20): warning OAG0011: '-embed' collides with another name after conversion to C#; it was named 'Embed2'",
                "discord.json(29446,20): warning OAG0011: '-file' collides with another name after conversion to C#; it was named 'File2'",
                "discord.json(29446,20): warning OAG0011: '-image' collides with another name after conversion to C#; it was named 'Image2'",
                "discord.json(29446,20): warning OAG0011: '-video' collides with another name after conversion to C#; it was named 'Video2'",
                "discord.json(29446,20): warning OAG0011: '-sound' collides with another name after conversion to C#; it was named 'Sound2'",
                "discord.json(29446,20): warning OAG0011: '-sticker' collides with another name after conversion to C#; it was named 'Sticker2'",
                "discord.json(29446,20): warning OAG0011: '-poll' collides with another name after conversion to C#; it was named 'Poll2'",
                "discord.json(29446,20): warning OAG0011: '-snapshot' collides with another name after conversion to C#; it was named 'Snapshot2'",
            ]
        },
    };

    public static IEnumerable<string> AllPaths
        => OpenApiExamples.Select(row => (string)row[0]).Concat(Large.Select(row => (string)row[0]));
}
