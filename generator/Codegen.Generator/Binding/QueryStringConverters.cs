using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;

namespace Codegen.Generator.Binding;

/// <summary>
/// The converters of the client's querystring parameters, one per type and media type however many operations share
/// it, named in the client's namespace (after every schema's name, so a schema keeps its own).
/// </summary>
/// <remarks>
/// Why a converter: Refit 16 writes every query value as <c>name=value</c> and flattens an object under its C# names
/// with its own formatting, but a parameter marked <c>[QueryConverter(typeof(X))]</c> is written by X into Refit's
/// <c>GeneratedQueryStringBuilder</c>, which encodes each pair (<c>Add</c>) or a bare text (<c>AddFlag</c>) as RFC 3986
/// says. X takes the names and values from the generated JSON context, through Specweave.Runtime's QueryString.
/// </remarks>
internal sealed class QueryStringConverters
{
    private readonly NameScope _typeScope;
    private readonly List<QueryStringConverterModel> _models = new();

    public QueryStringConverters(NameScope typeScope) => _typeScope = typeScope;

    public ImmutableEquatableArray<QueryStringConverterModel> Models => _models.ToImmutableEquatableArray();

    /// <summary>The converter's class name, claimed the first time the type is a querystring of this media type.</summary>
    /// <param name="parameterName">Names the converter of a type the client does not generate (a list, a string).</param>
    public string For(TypeRef type, bool nullable, bool isJson, string parameterName)
    {
        var valueNullable = nullable && type.IsValueType;
        var existing = _models.FirstOrDefault(m => m.Type == type && m.Nullable == valueNullable && m.IsJson == isJson);
        if (existing is not null)
        {
            return existing.ClassName;
        }

        var baseName = type.Kind == TypeRefKind.Generated ? type.Name! : IdentifierNames.Pascal(parameterName, "Parameter");
        var model = new QueryStringConverterModel(_typeScope.Claim(baseName + (isJson ? "JsonQueryString" : "QueryString")), type, valueNullable, isJson);
        _models.Add(model);
        return model.ClassName;
    }
}
