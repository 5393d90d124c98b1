using Codegen.Generator.Binding.Model;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Decides how a query or header parameter's value reads back from the text it is sent as, the way a
/// next-page link carries it. The reading mirrors the writing (<see cref="WireFormats"/>): numbers, dates
/// and GUIDs parse with the invariant culture, enums from their wire value, JSON-content objects through
/// the JSON context, arrays split by their collection format. Values the generator writes in a way that
/// does not read back (a dictionary of form fields, base64 bytes) get none, so a link cannot fill them.
/// </summary>
internal sealed class TextValues
{
    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;

    public TextValues(SchemaShapes shapes, TypeResolver types)
    {
        _shapes = shapes;
        _types = types;
    }

    /// <param name="target">The parameter's schema.</param>
    public TextValue? For(ApiParameter parameter, WireFormat wire, SchemaEntry target)
    {
        if (parameter.In is not (ParameterLocation.Query or ParameterLocation.Header))
        {
            return null;
        }

        if (wire.Type is not null)
        {
            // The caller formats a string, and the text is that string; a dictionary of form fields has no one name.
            return wire.Type.IsBuiltin(BuiltinType.String) ? new TextValue(TextValueKind.Text, wire.Type) : null;
        }

        var schema = _shapes.Unwrap(target);
        if (!wire.IsCollection)
        {
            return Scalar(schema, parameter.IsJsonContent);
        }

        var element = _types.Resolve(target);
        return schema.Schema.ItemsId is { } itemsId && element.Element is { } elementType && Scalar(_shapes.Unwrap(_shapes.Entry(itemsId, schema.Schema.ItemsNumber)), false) is { } item
            ? item with { List = WireFormats.ListFormatOf(parameter), ListElement = elementType, ListElementNullable = element.ElementNullable }
            : null;
    }

    private TextValue? Scalar(SchemaEntry schema, bool isJsonContent)
    {
        var type = _types.Resolve(schema);
        switch (_shapes.Kind(schema))
        {
            case SchemaShapeKind.Enum:
                return new TextValue(SchemaShapes.IsIntegerEnum(schema.Schema) ? TextValueKind.IntegerEnum : TextValueKind.StringEnum, type);
            case SchemaShapeKind.Record or SchemaShapeKind.Union when isJsonContent:
                return new TextValue(TextValueKind.Json, type);
            case SchemaShapeKind.Primitive:
                return type.Kind != TypeRefKind.Builtin ? new TextValue(TextValueKind.Parsable, type) : type.Builtin switch
                {
                    BuiltinType.String => new TextValue(TextValueKind.Text, type),
                    BuiltinType.Uri => new TextValue(TextValueKind.Uri, type),
                    BuiltinType.Bytes => null,
                    _ => new TextValue(TextValueKind.Parsable, type),
                };
            default:
                return null;
        }
    }
}
