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
        { "openapi-examples/v3.0-callback-example.yaml", false, ["v3.0-callback-example.yaml(36,9): warning OAG0007: 'callbacks' are requests the API sends to its clients, not requests a client makes; they are not generated. Nothing to fix in the client: handle them in the service that receives them"] },
        { "openapi-examples/v3.0-link-example.yaml", false, [] },
        { "openapi-examples/v3.0-petstore-expanded.json", false, [] },
        { "openapi-examples/v3.0-petstore-expanded.yaml", false, [] },
        { "openapi-examples/v3.0-petstore.yaml", false, [] },
        { "openapi-examples/v3.0-uspto.yaml", false, [] },
        { "openapi-examples/v3.1-non-oauth-scopes.yaml", false, [] },
        { "openapi-examples/v3.1-webhook-example.yaml", false, ["v3.1-webhook-example.yaml(8,3): warning OAG0007: 'webhooks' are requests the API sends to its clients, not requests a client makes; they are not generated. Nothing to fix in the client: handle them in the service that receives them"] },
    };

    /// <summary>
    /// The large real descriptions: (path, expected diagnostics). Box names an inline schema and a component alike
    /// ('Classification $template' beside ClassificationTemplate), has an enum [ASC, DESC, asc, desc] and takes an
    /// array of objects as a query parameter, which no query style can write. Discord's enums (oneOf of consts) list
    /// values and their negations ("user", "-user"), which name the same member before the suffix. Some Box
    /// properties are named like their record (upload_url of UploadUrl), which C# forbids: numbered too.
    /// </summary>
    public static TheoryData<string, string[]> Large => new()
    {
        { "large/argo-workflows.json", [] },
        {
            "large/box.json",
            [
                "box.json(29091,24): warning OAG0011: The inline schema becomes 'ClassificationTemplate' in C#, which is already the name of 'ClassificationTemplate' at line 29129, column 33; it was named 'ClassificationTemplate2'. To choose the name, move the schema to components/schemas under the name you want and $ref it",
                "box.json(29384,19): warning OAG0011: The inline schema becomes 'CollaborationItem' in C#, which is already the name of 'CollaborationItem' at line 29815, column 28; it was named 'CollaborationItem2'. To choose the name, move the schema to components/schemas under the name you want and $ref it",
                "box.json(30817,21): warning OAG0011: The inline schema becomes 'EventSource' in C#, which is already the name of 'EventSource' at line 30875, column 22; it was named 'EventSource2'. To choose the name, move the schema to components/schemas under the name you want and $ref it",
                "box.json(37355,19): warning OAG0011: The inline schema becomes 'SearchResultWithSharedLinkItem' in C#, which is already the name of 'SearchResultWithSharedLinkItem' at line 37375, column 41; it was named 'SearchResultWithSharedLinkItem2'. To choose the name, move the schema to components/schemas under the name you want and $ref it",
                "box.json(26739,27): warning OAG0011: 'access_token' becomes 'AccessToken' in C#, which is already the name of the enclosing type, which C# forbids for a member; it was named 'AccessToken2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "box.json(35664,30): warning OAG0011: 'asc' becomes 'Asc' in C#, which is already the name of 'ASC'; it was named 'Asc2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "box.json(35664,30): warning OAG0011: 'desc' becomes 'Desc' in C#, which is already the name of 'DESC'; it was named 'Desc2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "box.json(42388,25): warning OAG0011: 'upload_url' becomes 'UploadUrl' in C#, which is already the name of the enclosing type, which C# forbids for a member; it was named 'UploadUrl2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "box.json(42882,24): warning OAG0011: 'watermark' becomes 'Watermark' in C#, which is already the name of the enclosing type, which C# forbids for a member; it was named 'Watermark2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "box.json(10584,11): warning OAG0007: The query parameter 'mdfilters' is an array of arrays or objects, which has no standard query form; it is generated as a string parameter that the caller formats. Pass the value formatted as the API expects it",
            ]
        },
        {
            "large/discord.json",
            [
                "discord.json(21150,21): warning OAG0011: '-user' becomes 'User' in C#, which is already the name of 'user'; it was named 'User2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(21150,21): warning OAG0011: '-bot' becomes 'Bot' in C#, which is already the name of 'bot'; it was named 'Bot2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(21150,21): warning OAG0011: '-webhook' becomes 'Webhook' in C#, which is already the name of 'webhook'; it was named 'Webhook2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(29446,20): warning OAG0011: '-link' becomes 'Link' in C#, which is already the name of 'link'; it was named 'Link2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(29446,20): warning OAG0011: '-embed' becomes 'Embed' in C#, which is already the name of 'embed'; it was named 'Embed2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(29446,20): warning OAG0011: '-file' becomes 'File' in C#, which is already the name of 'file'; it was named 'File2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(29446,20): warning OAG0011: '-image' becomes 'Image' in C#, which is already the name of 'image'; it was named 'Image2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(29446,20): warning OAG0011: '-video' becomes 'Video' in C#, which is already the name of 'video'; it was named 'Video2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(29446,20): warning OAG0011: '-sound' becomes 'Sound' in C#, which is already the name of 'sound'; it was named 'Sound2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(29446,20): warning OAG0011: '-sticker' becomes 'Sticker' in C#, which is already the name of 'sticker'; it was named 'Sticker2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(29446,20): warning OAG0011: '-poll' becomes 'Poll' in C#, which is already the name of 'poll'; it was named 'Poll2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
                "discord.json(29446,20): warning OAG0011: '-snapshot' becomes 'Snapshot' in C#, which is already the name of 'snapshot'; it was named 'Snapshot2'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description",
            ]
        },
    };

    public static IEnumerable<string> AllPaths
        => OpenApiExamples.Select(row => (string)row[0]).Concat(Large.Select(row => (string)row[0]));
}
