using Codegen.Generator.Binding.Model;

namespace Codegen.Generator.Emitting;

/// <summary>The C# names of the attributes the binder chooses, and of their non-string arguments, global::-qualified.</summary>
internal static class RefitNames
{
    public static string Attribute(AttributeKind kind) => kind switch
    {
        AttributeKind.Get => "global::Refit.Get",
        AttributeKind.Put => "global::Refit.Put",
        AttributeKind.Post => "global::Refit.Post",
        AttributeKind.Delete => "global::Refit.Delete",
        AttributeKind.Patch => "global::Refit.Patch",
        AttributeKind.Head => "global::Refit.Head",
        AttributeKind.Options => "global::Refit.Options",
        AttributeKind.Query => "global::Refit.Query",
        AttributeKind.QueryConverter => "global::Refit.QueryConverter",
        AttributeKind.AliasAs => "global::Refit.AliasAs",
        AttributeKind.Header => "global::Refit.Header",
        AttributeKind.Body => "global::Refit.Body",
        AttributeKind.Multipart => "global::Refit.Multipart",
        AttributeKind.Obsolete => "global::System.Obsolete",
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "An attribute without a C# name."),
    };

    public static string CollectionFormat(ListFormat format) => format switch
    {
        ListFormat.Csv => "global::Refit.CollectionFormat.Csv",
        ListFormat.Ssv => "global::Refit.CollectionFormat.Ssv",
        ListFormat.Pipes => "global::Refit.CollectionFormat.Pipes",
        ListFormat.Tsv => "global::Refit.CollectionFormat.Tsv",
        _ => "global::Refit.CollectionFormat.Multi",
    };

    public const string UrlEncoded = "global::Refit.BodySerializationMethod.UrlEncoded";
}
