using Codegen.Generator.Binding.Model;

namespace Codegen.Generator.Emitting;

/// <summary>Spells a bound <see cref="TypeRef"/> as C#: generated types global::-qualified in the client's namespace, collections as read-only interfaces.</summary>
internal static class TypeNames
{
    public static string Of(TypeRef type, bool nullable, string namespaceName)
        => nullable ? Of(type, namespaceName) + "?" : Of(type, namespaceName);

    public static string Of(TypeRef type, string namespaceName) => type.Kind switch
    {
        TypeRefKind.Generated => "global::" + namespaceName + "." + type.Name,
        TypeRefKind.List => $"{KnownTypes.ReadOnlyList}<{Of(type.Element!, type.ElementNullable, namespaceName)}>",
        TypeRefKind.Map => $"{KnownTypes.ReadOnlyDictionary}<string, {Of(type.Element!, type.ElementNullable, namespaceName)}>",
        _ => Builtin(type.Builtin),
    };

    private static string Builtin(BuiltinType builtin) => builtin switch
    {
        BuiltinType.String => KnownTypes.String,
        BuiltinType.Bool => "bool",
        BuiltinType.Int => "int",
        BuiltinType.Long => "long",
        BuiltinType.Float => "float",
        BuiltinType.Double => "double",
        BuiltinType.Decimal => "decimal",
        BuiltinType.Bytes => "byte[]",
        BuiltinType.Guid => KnownTypes.Guid,
        BuiltinType.DateTimeOffset => KnownTypes.DateTimeOffset,
        BuiltinType.DateOnly => KnownTypes.DateOnly,
        BuiltinType.TimeSpan => "global::System.TimeSpan",
        BuiltinType.Uri => KnownTypes.Uri,
        BuiltinType.JsonElement => KnownTypes.JsonElement,
        BuiltinType.Stream => KnownTypes.Stream,
        BuiltinType.HttpContent => KnownTypes.HttpContent,
        BuiltinType.CancellationToken => KnownTypes.CancellationToken,
        BuiltinType.MultipartItem => KnownTypes.MultipartItem,
        BuiltinType.MultipartItems => KnownTypes.MultipartItems,
        BuiltinType.FormFields => KnownTypes.FormFields,
        _ => throw new System.ArgumentOutOfRangeException(nameof(builtin), builtin, "A built-in type without a C# name."),
    };
}
