namespace Codegen.Generator.Emitting;

/// <summary>Fully qualified names the emitter writes, kept in one place.</summary>
internal static class KnownTypes
{
    public const string String = "string";
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
    public const string MultipartItem = "global::Refit.MultipartItem";
    public const string MultipartItems = "global::System.Collections.Generic.IEnumerable<" + MultipartItem + ">";
    public const string FormFields = "global::System.Collections.Generic.Dictionary<string, string>";

    /// <summary>
    /// The runtime package's namespace (Specweave.Runtime): the support types live there, not in each client, and are
    /// always written fully qualified, so they never clash with a schema's name and two clients can share a namespace.
    /// </summary>
    public const string Runtime = "global::Specweave.Runtime.";
    public const string EquatableArray = Runtime + "EquatableArray";
    public const string EquatableDictionary = Runtime + "EquatableDictionary";
    public const string JsonExtensionData = Runtime + "JsonExtensionData";
    public const string JsonShapes = Runtime + "JsonShapes";
    public const string EquatableJson = Runtime + "EquatableJson";
}
