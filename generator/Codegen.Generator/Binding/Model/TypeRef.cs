namespace Codegen.Generator.Binding.Model;

/// <summary>What a <see cref="TypeRef"/> is: a type the framework or a package gives, one this client generates, or a collection of either.</summary>
internal enum TypeRefKind
{
    /// <summary>A language, framework, Refit or runtime-package type: <see cref="TypeRef.Builtin"/> says which.</summary>
    Builtin,

    /// <summary>A record, enum or union generated into the client's namespace: <see cref="TypeRef.Name"/> names it.</summary>
    Generated,

    /// <summary>A read-only list of <see cref="TypeRef.Element"/>, copied into an equatable one on the way in.</summary>
    List,

    /// <summary>A read-only map from strings to <see cref="TypeRef.Element"/>, copied into an equatable one on the way in.</summary>
    Map,
}

/// <summary>The types the generator uses that it does not generate.</summary>
internal enum BuiltinType
{
    String,
    Bool,
    Int,
    Long,
    Float,
    Double,
    Decimal,
    Bytes,
    Guid,
    DateTimeOffset,
    DateOnly,

    /// <summary>An ISO 8601 duration (format: duration), read and written by the runtime's converter.</summary>
    TimeSpan,
    Uri,

    /// <summary>Free-form JSON.</summary>
    JsonElement,

    /// <summary>A response body read as a stream (binary and other non-JSON, non-text content).</summary>
    Stream,

    /// <summary>A request body the caller builds, Content-Type included.</summary>
    HttpContent,

    CancellationToken,

    /// <summary>A multipart file part (Refit's MultipartItem).</summary>
    MultipartItem,

    /// <summary>Several multipart file parts under one name.</summary>
    MultipartItems,

    /// <summary>The name=value pairs of an exploded form-style object query parameter.</summary>
    FormFields,
}

/// <summary>Which kind of type the generator makes for a schema.</summary>
internal enum GeneratedKind
{
    Record,
    Union,
    StringEnum,

    /// <summary>An integer enum wrapping a long.</summary>
    IntegerEnum,

    /// <summary>An integer enum wrapping an int (format: int32).</summary>
    Int32Enum,
}

/// <summary>
/// A C# type chosen for a schema, a parameter or a response, as facts: the emitter alone spells it. Nullability is not
/// part of it: each use (a property, a parameter, an element) says whether it may be null.
/// </summary>
/// <param name="Builtin">For <see cref="TypeRefKind.Builtin"/>: which type.</param>
/// <param name="Name">For <see cref="TypeRefKind.Generated"/>: the type's name in the client's namespace.</param>
/// <param name="Generated">For <see cref="TypeRefKind.Generated"/>: what was generated.</param>
/// <param name="Element">For lists and maps: the element (list) or value (map) type.</param>
/// <param name="ElementNullable">For lists and maps: whether an element may be null.</param>
internal sealed record TypeRef(
    TypeRefKind Kind,
    BuiltinType Builtin = BuiltinType.String,
    string? Name = null,
    GeneratedKind Generated = GeneratedKind.Record,
    TypeRef? Element = null,
    bool ElementNullable = false)
{
    public static TypeRef Of(BuiltinType builtin) => new(TypeRefKind.Builtin, builtin);

    public static TypeRef OfGenerated(string name, GeneratedKind kind) => new(TypeRefKind.Generated, Name: name, Generated: kind);

    public static TypeRef ListOf(TypeRef element, bool elementNullable) => new(TypeRefKind.List, Element: element, ElementNullable: elementNullable);

    public static TypeRef MapOf(TypeRef value, bool valueNullable) => new(TypeRefKind.Map, Element: value, ElementNullable: valueNullable);

    public bool IsCollection => Kind is TypeRefKind.List or TypeRefKind.Map;

    public bool IsBuiltin(BuiltinType builtin) => Kind == TypeRefKind.Builtin && Builtin == builtin;

    /// <summary>Whether this type is <paramref name="builtin"/> or holds it (as a list's or map's element, at any depth).</summary>
    public bool Uses(BuiltinType builtin) => IsBuiltin(builtin) || (Element is { } element && element.Uses(builtin));

    /// <summary>Whether the type is a struct: nullable, it is Nullable&lt;T&gt;, and a missing response body is its default, not null.</summary>
    public bool IsValueType => Kind switch
    {
        TypeRefKind.Builtin => Builtin is BuiltinType.Bool or BuiltinType.Int or BuiltinType.Long or BuiltinType.Float or BuiltinType.Double
            or BuiltinType.Decimal or BuiltinType.Guid or BuiltinType.DateTimeOffset or BuiltinType.DateOnly or BuiltinType.TimeSpan
            or BuiltinType.JsonElement or BuiltinType.CancellationToken,
        TypeRefKind.Generated => Generated is GeneratedKind.StringEnum or GeneratedKind.IntegerEnum or GeneratedKind.Int32Enum,
        _ => false,
    };
}
