using Codegen.Generator.Common;

namespace Codegen.Generator.Binding.Model;

/// <summary>An attribute to emit: which one, and its arguments as facts. The emitter spells and escapes them.</summary>
internal sealed record AttributeModel(AttributeKind Kind, ImmutableEquatableArray<AttributeArgument> Arguments)
{
    /// <remarks>Every caller passes an array made for the call (<c>params</c>), which the model keeps without a copy.</remarks>
    public static AttributeModel Of(AttributeKind kind, params AttributeArgument[] arguments) => new(kind, ImmutableEquatableArray<AttributeArgument>.Own(arguments));
}

/// <summary>The attributes the binder puts on methods and parameters.</summary>
internal enum AttributeKind
{
    Get,
    Put,
    Post,
    Delete,
    Patch,
    Head,
    Options,

    /// <summary>Any other method (QUERY, LINK, ...): the method as sent, then the path.</summary>
    RequestMethod,
    Query,

    /// <summary>Refit's [QueryConverter(typeof(X))]: the generated converter X writes the parameter (an OpenAPI 3.2 querystring).</summary>
    QueryConverter,
    AliasAs,
    Header,
    Body,
    Multipart,
    Obsolete,
}

/// <summary>What an attribute argument is.</summary>
internal enum AttributeArgumentKind
{
    /// <summary>A positional string (spec text, escaped on output): <see cref="AttributeArgument.Text"/>.</summary>
    String,

    /// <summary>[Query]'s named Format argument, a .NET format string the binder chose: <see cref="AttributeArgument.Text"/>.</summary>
    QueryFormat,

    /// <summary>How a query array is written: <see cref="AttributeArgument.ListFormat"/>.</summary>
    CollectionFormat,

    /// <summary>[Body]'s form-URL-encoded serialization.</summary>
    UrlEncoded,

    /// <summary><c>typeof</c> a type the client generates, by its name in the client's namespace: <see cref="AttributeArgument.Text"/>.</summary>
    TypeOf,
}

/// <summary>One argument of an attribute.</summary>
internal sealed record AttributeArgument(AttributeArgumentKind Kind, string? Text = null, ListFormat ListFormat = ListFormat.Multi)
{
    public static AttributeArgument String(string value) => new(AttributeArgumentKind.String, value);

    public static AttributeArgument QueryFormat(string format) => new(AttributeArgumentKind.QueryFormat, format);

    public static AttributeArgument Collection(ListFormat format) => new(AttributeArgumentKind.CollectionFormat, ListFormat: format);

    public static AttributeArgument UrlEncoded { get; } = new(AttributeArgumentKind.UrlEncoded);

    public static AttributeArgument TypeOf(string generatedTypeName) => new(AttributeArgumentKind.TypeOf, generatedTypeName);
}
