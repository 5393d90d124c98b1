using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>How a parameter's value is written: its C# type when not the schema's own, a Refit format, whether it is a collection, a note for the docs.</summary>
/// <param name="Type">Null: the schema's own type.</param>
internal sealed record WireFormat(TypeRef? Type, string? Format, bool IsCollection, string? Note)
{
    public static WireFormat Typed { get; } = new(null, null, false, null);

    /// <summary>The schema's own type written as Refit writes it, or in <paramref name="format"/>; most parameters share one.</summary>
    public static WireFormat Of(string? format, bool isCollection)
        => format is not null ? new(null, format, isCollection, null) : isCollection ? TypedCollection : Typed;

    private static WireFormat TypedCollection { get; } = new(null, null, true, null);
}

/// <summary>
/// Refit writes path and query values with invariant formatting but dates in the "G" pattern, flattens
/// objects by their C# property names, and writes header values with plain ToString() (current culture,
/// "System.String[]" for arrays). What the description means differs, so each parameter gets:
/// <list type="bullet">
/// <item>date-time and date values in path and query: Format "o" (RFC 3339) and "yyyy-MM-dd";</item>
/// <item>exploded form-style object query parameters: a dictionary of wire names to values, which Refit writes as name=value pairs;</item>
/// <item>OpenAPI 3.2 <c>in: querystring</c> parameters: the schema's own type, written by a generated converter
/// (<see cref="QueryStringConverters"/>);</item>
/// <item>query parameters with JSON content whose schema is a generated object or union: that type, which
/// formats itself as its JSON text through the generated JSON context (see <see cref="JsonQueryTypes"/>);</item>
/// <item>anything Refit cannot write right (arrays and objects in a path or header, dates and decimals
/// in a header, other object styles): a string the caller formats, with OAG0007 saying so;</item>
/// <item>durations: the ISO 8601 text (Refit would write a TimeSpan as "1.02:00:00"); an array of them, a string the caller formats;</item>
/// <item>free-form values: a string.</item>
/// </list>
/// </summary>
internal sealed class WireFormats
{
    private static readonly TypeRef StringType = TypeRef.Of(BuiltinType.String);
    private static readonly TypeRef FormFields = TypeRef.Of(BuiltinType.FormFields);

    private readonly SchemaShapes _shapes;
    private readonly List<SpecDiagnostic> _diagnostics;
    private readonly HashSet<string> _jsonQueryTypes;

    /// <param name="jsonQueryTypes">Receives the ids of the schemas whose generated types are sent as JSON text in a query.</param>
    public WireFormats(SchemaShapes shapes, List<SpecDiagnostic> diagnostics, HashSet<string> jsonQueryTypes)
    {
        _shapes = shapes;
        _diagnostics = diagnostics;
        _jsonQueryTypes = jsonQueryTypes;
    }

    /// <summary>
    /// How a query array is written, from style and explode: form exploded (the OpenAPI 3 default) repeats
    /// the parameter, unexploded joins with commas; the delimited styles join with theirs.
    /// </summary>
    public static ListFormat ListFormatOf(ApiParameter parameter) => parameter.Style switch
    {
        "spaceDelimited" when parameter.Explode != true => ListFormat.Ssv,
        "pipeDelimited" when parameter.Explode != true => ListFormat.Pipes,
        ParameterStyles.TabDelimited => ListFormat.Tsv,
        _ => parameter.Explode ?? true ? ListFormat.Multi : ListFormat.Csv,
    };

    /// <param name="target">The parameter's schema.</param>
    public WireFormat For(ApiParameter parameter, SchemaEntry target)
    {
        var unwrapped = _shapes.Unwrap(target);
        var schema = unwrapped.Schema;
        var kind = _shapes.WrittenKind(unwrapped);
        var element = kind == SchemaShapeKind.Array && schema.ItemsId is { } itemsId ? _shapes.Unwrap(_shapes.Entry(itemsId, schema.ItemsNumber)).Schema : null;
        if (IsDuration(schema) || (element is not null && IsDuration(element)))
        {
            // Refit would write a TimeSpan as "1.02:00:00"; no TimeSpan format string writes ISO 8601.
            return element is null
                ? new WireFormat(StringType, null, false, "An ISO 8601 duration such as P1DT2H (System.Xml.XmlConvert.ToString writes a TimeSpan so).")
                : CallerFormats(parameter, "is an array of durations, which Refit would write in .NET's TimeSpan format", "Pass the values formatted as ISO 8601 durations (P1DT2H), separated as the API expects", "Formatted by the caller (ISO 8601 durations such as P1DT2H).");
        }

        if (kind == SchemaShapeKind.Any)
        {
            return new WireFormat(StringType, null, false, null);
        }

        switch (parameter.In)
        {
            case ParameterLocation.Query when parameter.IsQueryString:
                // The binder has checked what the media type needs (QueryStringProblem).
                return new WireFormat(null, null, false, parameter.IsJsonContent
                    ? "Sent as the whole query string: its JSON text, percent-encoded."
                    : "Sent as the whole query string: one name=value pair per property, by the names on the wire.");
            case ParameterLocation.Query when parameter.IsJsonContent:
                return JsonQuery(parameter, schema);
            case ParameterLocation.Path when kind is SchemaShapeKind.Array or SchemaShapeKind.Record or SchemaShapeKind.Map:
                return CallerFormats(parameter, "is an array or object, which Refit cannot write into a path", SimpleStyleFix, "Formatted by the caller (simple style: values separated by commas).");
            case ParameterLocation.Path:
                return WireFormat.Of(DateFormat(schema), isCollection: false);
            case ParameterLocation.Query when kind is SchemaShapeKind.Record or SchemaShapeKind.Map:
                return ObjectQuery(parameter);
            case ParameterLocation.Query when kind == SchemaShapeKind.Array:
                return element is null
                    ? CallerFormats(parameter, "is an array without 'items', so its elements have no type", "Add 'items' with the elements' schema (items: { type: string }) to get a typed list", "Formatted by the caller.")
                    : SchemaShapes.KindOf(element) is SchemaShapeKind.Primitive or SchemaShapeKind.Enum
                    ? WireFormat.Of(DateFormat(element), isCollection: true)
                    : CallerFormats(parameter, "is an array of arrays or objects, which has no standard query form", "Pass the value formatted as the API expects it", "Formatted by the caller.");
            case ParameterLocation.Query:
                return WireFormat.Of(DateFormat(schema), isCollection: false);
            case ParameterLocation.Header when kind is SchemaShapeKind.Array or SchemaShapeKind.Record or SchemaShapeKind.Map:
                return CallerFormats(parameter, "is an array or object, which Refit cannot write into a header", SimpleStyleFix, "Formatted by the caller (simple style: values separated by commas).");
            case ParameterLocation.Header when DateFormat(schema) is not null || IsFractional(schema):
                return CallerFormats(parameter, "is a date or fractional number, which Refit would write in the current culture", "Pass the value formatted culture-invariantly (dates as RFC 3339)", "Formatted by the caller, culture-invariant (dates as RFC 3339).");
            default:
                return WireFormat.Typed;
        }
    }

    /// <summary>
    /// Why a form <c>in: querystring</c> parameter's value cannot be written as name=value pairs: its schema is not an
    /// object or a map, or a property (a map's values) is an object or an array of arrays or objects, which form pairs
    /// cannot hold. Null when it can be, and for JSON content, which writes any value.
    /// </summary>
    public string? QueryStringProblem(ApiParameter parameter)
    {
        if (parameter.IsJsonContent)
        {
            return null;
        }

        var schema = _shapes.Unwrap(_shapes[parameter.SchemaId]);
        switch (_shapes.Kind(schema))
        {
            case SchemaShapeKind.Record:
                foreach (var (property, _) in _shapes.EffectiveProperties(schema))
                {
                    if (!IsFormValue(property.SchemaId))
                    {
                        return $"its property '{property.JsonName}' is not a single value or an array of them, so it has no name=value form";
                    }
                }

                return null;
            case SchemaShapeKind.Map:
                return IsFormValue(schema.AdditionalProperties.SchemaId!) ? null : "its values are not single values or arrays of them, so they have no name=value form";
            default:
                return "its schema is not an object, so it has no name=value pairs";
        }
    }

    /// <summary>A value a name=value pair holds: a string, number, boolean or enum; or an array of them (one pair each).</summary>
    private bool IsFormValue(string schemaId)
    {
        var schema = _shapes.Unwrap(_shapes[schemaId]);
        var kind = SchemaShapes.KindOf(schema);
        if (kind == SchemaShapeKind.Array)
        {
            return schema.ItemsId is { } itemsId && SchemaShapes.KindOf(_shapes.Unwrap(_shapes[itemsId])) is SchemaShapeKind.Primitive or SchemaShapeKind.Enum;
        }

        return kind is SchemaShapeKind.Primitive or SchemaShapeKind.Enum;
    }

    /// <summary>form + explode (the default) is one name=value pair per property: exactly what Refit makes of a dictionary.</summary>
    private WireFormat ObjectQuery(ApiParameter parameter)
    {
        if ((parameter.Style ?? "form") == "form" && parameter.Explode != false)
        {
            Report(parameter, "is an object, which Refit would send under its C# property names", "it is generated as a dictionary from the property names on the wire to values", "Nothing to fix: fill the dictionary with the object's properties");
            return new WireFormat(FormFields, null, false, "Each entry is sent as its own name=value pair.");
        }

        return CallerFormats(parameter, $"is an object in the '{parameter.Style ?? "form"}' style, which Refit cannot write", $"Pass the value formatted in the '{parameter.Style ?? "form"}' style, or use the exploded 'form' style, which is generated as a dictionary", "Formatted by the caller.");
    }

    /// <summary>
    /// A query value that is a JSON document's text. A generated object or union implements IFormattable
    /// and formats itself as its JSON (Refit writes an IFormattable value as one scalar, where it would
    /// flatten any other object into its C# property names). Other shapes have no type of their own to
    /// carry that behaviour, and Refit would write them in its own way (an array repeated, True for a
    /// boolean), so the caller passes the JSON text.
    /// </summary>
    private WireFormat JsonQuery(ApiParameter parameter, ApiSchema schema)
    {
        if (_shapes.Kind(schema) is SchemaShapeKind.Record or SchemaShapeKind.Union)
        {
            _jsonQueryTypes.Add(schema.Id);
            return new WireFormat(null, null, false, "Sent as its JSON text.");
        }

        return CallerFormats(parameter, "has JSON content whose schema is not an object or union, so no generated type writes its JSON", "Pass the value's JSON text", "The JSON text, written by the caller.");
    }

    private const string SimpleStyleFix = "Pass the value formatted in the simple style (values separated by commas)";

    /// <param name="found">What the parameter is, after "The query parameter 'x' ".</param>
    private WireFormat CallerFormats(ApiParameter parameter, string found, string fix, string note)
    {
        Report(parameter, found, "it is generated as a string parameter that the caller formats", fix);
        return new WireFormat(StringType, null, false, note);
    }

    private void Report(ApiParameter parameter, string found, string generated, string fix)
        => _diagnostics.Add(SpecDiagnostic.Create(
            DiagnosticDescriptors.UnsupportedConstruct, parameter.Location, $"The {InName(parameter.In)} parameter '{parameter.Name}' {found}", generated, fix));

    private static string InName(ParameterLocation location) => location switch
    {
        ParameterLocation.Path => "path",
        ParameterLocation.Query => "query",
        ParameterLocation.Header => "header",
        _ => "cookie",
    };

    /// <summary>The Refit format that writes the schema's C# type as OpenAPI's format means, when the default does not.</summary>
    private static string? DateFormat(ApiSchema schema)
        => schema.Types.Count == 1 && schema.Types[0] == "string"
            ? (schema.Format?.ToLowerInvariant()) switch
            {
                "date-time" => "o",
                "date" => "yyyy-MM-dd",
                _ => null,
            }
            : null;

    private static bool IsDuration(ApiSchema schema)
        => schema.Types.Count == 1 && schema.Types[0] == "string" && string.Equals(schema.Format, "duration", System.StringComparison.OrdinalIgnoreCase);

    private static bool IsFractional(ApiSchema schema)
        => schema.Types.Count == 1 && schema.Types[0] == "number" && schema.Format is not ("int32" or "int64");
}
