namespace Codegen.Generator.Binding;

/// <summary>Fully qualified names the binder and emitter write, kept in one place.</summary>
internal static class KnownTypes
{
    public const string String = "string";
    public const string Bool = "bool";
    public const string Int = "int";
    public const string Long = "long";
    public const string Float = "float";
    public const string Double = "double";
    public const string Decimal = "decimal";
    public const string Bytes = "byte[]";
    public const string Guid = "global::System.Guid";
    public const string DateTimeOffset = "global::System.DateTimeOffset";
    public const string DateOnly = "global::System.DateOnly";
    public const string Uri = "global::System.Uri";
    public const string Stream = "global::System.IO.Stream";
    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string ReadOnlyDictionary = "global::System.Collections.Generic.IReadOnlyDictionary";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string HttpContent = "global::System.Net.Http.HttpContent";

    public const string EquatableArray = "EquatableArray";
    public const string EquatableDictionary = "EquatableDictionary";
    public const string JsonExtensionData = "JsonExtensionData";
    public const string JsonShapes = "JsonShapes";
    public const string EquatableJson = "EquatableJson";
    public const string JsonElementEquality = "JsonElementEquality";

    /// <summary>
    /// The non-generic paging support types and their file. AsyncPageable&lt;T&gt; and Page&lt;T&gt; are generic,
    /// so they never clash with a schema named AsyncPageable or Page.
    /// </summary>
    public static readonly string[] PagingSupport = { "Paging", "PageLink", "PageLinkException" };
}
