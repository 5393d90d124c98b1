using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Binds path, query, header and cookie parameters to method parameters with Refit attributes.
/// Required parameters come first (C# needs optional ones last), each group in spec order.
/// </summary>
internal sealed class ParameterBinder
{
    public const string CookieHeader = "Cookie";

    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;
    private readonly List<SpecDiagnostic> _diagnostics;

    public ParameterBinder(SchemaShapes shapes, TypeResolver types, List<SpecDiagnostic> diagnostics)
    {
        _shapes = shapes;
        _types = types;
        _diagnostics = diagnostics;
    }

    public (List<MethodParameterModel> Required, List<MethodParameterModel> Optional) Bind(ApiOperation operation, NameScope scope)
    {
        var required = new List<MethodParameterModel>();
        var optional = new List<MethodParameterModel>();
        var cookies = operation.Parameters.Where(p => p.In == ParameterLocation.Cookie).ToList();
        foreach (var parameter in operation.Parameters)
        {
            MethodParameterModel model;
            if (parameter.In == ParameterLocation.Cookie)
            {
                if (!ReferenceEquals(parameter, cookies[0]))
                {
                    continue;
                }

                model = CookieParameter(cookies, scope, _diagnostics);
            }
            else
            {
                model = Bind(parameter, scope);
            }

            (model.DefaultValue is null ? required : optional).Add(model);
        }

        return (required, optional);
    }

    private MethodParameterModel Bind(ApiParameter parameter, NameScope scope)
    {
        var name = Renames.Claim(scope, IdentifierNames.Camel(parameter.Name, "parameter"), parameter.Name, parameter.Location, _diagnostics);
        var attributes = new List<AttributeModel>();
        switch (parameter.In)
        {
            case ParameterLocation.Path:
                attributes.Add(AttributeModel.Of(RefitNames.AliasAs, AttributeArgument.String(parameter.Name)));
                break;
            case ParameterLocation.Query:
                attributes.Add(QueryAttribute(parameter));
                attributes.Add(AttributeModel.Of(RefitNames.AliasAs, AttributeArgument.String(parameter.Name)));
                break;
            case ParameterLocation.Header:
                attributes.Add(AttributeModel.Of(RefitNames.Header, AttributeArgument.String(parameter.Name)));
                break;
        }

        var type = _types.Render(parameter.SchemaId, nullable: !parameter.Required || _types.IsNullable(parameter.SchemaId));
        return new MethodParameterModel(name, type, attributes.ToImmutableEquatableArray(), parameter.Required ? null : "null", Describe(parameter));
    }

    /// <summary>Arrays follow style + explode: form exploded is ?a=1&amp;a=2 (Multi), unexploded ?a=1,2 (Csv); the delimited styles map to theirs.</summary>
    private AttributeModel QueryAttribute(ApiParameter parameter)
    {
        if (SchemaShapes.KindOf(_shapes.Unwrap(_shapes[parameter.SchemaId])) != SchemaShapeKind.Array)
        {
            return AttributeModel.Of(RefitNames.Query);
        }

        var format = parameter.Style switch
        {
            "spaceDelimited" when parameter.Explode != true => RefitNames.CollectionFormatSsv,
            "pipeDelimited" when parameter.Explode != true => RefitNames.CollectionFormatPipes,
            ParameterStyles.TabDelimited => RefitNames.CollectionFormatTsv,
            _ => parameter.Explode ?? true ? RefitNames.CollectionFormatMulti : RefitNames.CollectionFormatCsv,
        };
        return AttributeModel.Of(RefitNames.Query, AttributeArgument.Code(format));
    }

    /// <summary>
    /// Cookies travel in one Cookie header ("a=1; b=2"), but Refit sets one header per parameter, so the
    /// operation's cookie parameters become a single string parameter for that header, documented with
    /// the cookies it carries; it is required when any of them is.
    /// </summary>
    private static MethodParameterModel CookieParameter(List<ApiParameter> cookies, NameScope scope, List<SpecDiagnostic> diagnostics)
    {
        var name = Renames.Claim(scope, "cookie", "cookie parameters", cookies[0].Location, diagnostics);
        var isRequired = cookies.Any(c => c.Required);
        var listed = string.Join(", ", cookies.Select(c => c.Description is null ? c.Name : $"{c.Name} ({c.Description.Trim()})"));
        var docs = $"The Cookie header, as name=value pairs separated by \"; \". Cookies: {listed}.";
        return new MethodParameterModel(
            name,
            isRequired ? KnownTypes.String : KnownTypes.String + "?",
            new[] { AttributeModel.Of(RefitNames.Header, AttributeArgument.String(CookieHeader)) }.ToImmutableEquatableArray(),
            isRequired ? null : "null",
            docs);
    }

    /// <summary>[Obsolete] cannot go on a parameter, so a deprecated one says so in its documentation.</summary>
    private static string? Describe(ApiParameter parameter)
        => !parameter.Deprecated ? parameter.Description
            : parameter.Description is null ? "Deprecated." : "Deprecated. " + parameter.Description;
}
