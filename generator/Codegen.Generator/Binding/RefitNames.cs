namespace Codegen.Generator.Binding;

/// <summary>Refit's attribute, type and enum names, global::-qualified.</summary>
internal static class RefitNames
{
    public const string AliasAs = "global::Refit.AliasAs";
    public const string Query = "global::Refit.Query";
    public const string Header = "global::Refit.Header";
    public const string Body = "global::Refit.Body";
    public const string Multipart = "global::Refit.Multipart";
    public const string CollectionFormatMulti = "global::Refit.CollectionFormat.Multi";
    public const string CollectionFormatCsv = "global::Refit.CollectionFormat.Csv";
    public const string CollectionFormatSsv = "global::Refit.CollectionFormat.Ssv";
    public const string CollectionFormatPipes = "global::Refit.CollectionFormat.Pipes";
    public const string CollectionFormatTsv = "global::Refit.CollectionFormat.Tsv";
    public const string UrlEncoded = "global::Refit.BodySerializationMethod.UrlEncoded";
    public const string Obsolete = "global::System.Obsolete";

    /// <summary>The named argument of [Query] that formats values; the format is one of ours, never spec text.</summary>
    public static string FormatArgument(string format) => "Format = \"" + format + "\"";

    public static string CollectionFormat(Model.ListFormat format) => format switch
    {
        Model.ListFormat.Csv => CollectionFormatCsv,
        Model.ListFormat.Ssv => CollectionFormatSsv,
        Model.ListFormat.Pipes => CollectionFormatPipes,
        Model.ListFormat.Tsv => CollectionFormatTsv,
        _ => CollectionFormatMulti,
    };

    public static string HttpMethod(string method) => method switch
    {
        "get" => "global::Refit.Get",
        "put" => "global::Refit.Put",
        "post" => "global::Refit.Post",
        "delete" => "global::Refit.Delete",
        "patch" => "global::Refit.Patch",
        "head" => "global::Refit.Head",
        "options" => "global::Refit.Options",
        _ => "global::Refit.Get",
    };
}
