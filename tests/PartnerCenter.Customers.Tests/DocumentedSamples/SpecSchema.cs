using YamlDotNet.RepresentationModel;

namespace PartnerCenter.Customers.Tests.DocumentedSamples;

/// <summary>
/// A schema of the spec as the sample walk needs it: references followed (a <c>$ref</c>, and the nullable wrapper
/// <c>allOf: [$ref]</c>), its type, format, enum values, declared properties and items.
/// </summary>
internal sealed class SpecSchema
{
    private readonly SpecDocument _spec;
    private readonly YamlMappingNode _node;

    private SpecSchema(SpecDocument spec, YamlMappingNode node, string name)
    {
        _spec = spec;
        _node = node;
        Name = name;
    }

    /// <summary>The component's name, or "inline schema (line N)".</summary>
    public string Name { get; }

    /// <summary>The declared type; "object" when the schema only lists properties; null when it says nothing.</summary>
    public string? Type => SpecDocument.Scalar(_node, "type") ?? (SpecDocument.Child(_node, "properties") is not null ? "object" : null);

    public string? Format => SpecDocument.Scalar(_node, "format");

    /// <summary>The listed values of an enum; null when the schema is not one.</summary>
    public IReadOnlyList<string>? Enum =>
        SpecDocument.Child(_node, "enum") is YamlSequenceNode values ? [.. values.Children.Select(value => ((YamlScalarNode)value).Value!)] : null;

    /// <summary>The names of the declared properties, in the spec's order.</summary>
    public IReadOnlyList<string> PropertyNames =>
        SpecDocument.Child(_node, "properties") is YamlMappingNode properties
            ? [.. properties.Children.Keys.Select(key => ((YamlScalarNode)key).Value!)]
            : [];

    /// <summary>The names the schema requires.</summary>
    public IReadOnlyList<string> Required =>
        SpecDocument.Child(_node, "required") is YamlSequenceNode required ? [.. required.Children.Select(name => ((YamlScalarNode)name).Value!)] : [];

    public SpecSchema? Items => SpecDocument.Child(_node, "items") is YamlMappingNode items ? Of(_spec, items) : null;

    /// <summary>A component schema of the customers spec, by name.</summary>
    public static SpecSchema Component(string name)
    {
        var (_, schema) = SpecDocument.Customers.Resolve("#/components/schemas/" + name);
        return new SpecSchema(SpecDocument.Customers, schema, name);
    }

    public static SpecSchema Of(SpecDocument spec, YamlMappingNode node)
    {
        if (SpecDocument.Scalar(node, "$ref") is { } reference)
        {
            var (name, schema) = spec.Resolve(reference);
            return new SpecSchema(spec, schema, name);
        }

        // The spec's nullable reference: {allOf: [X], nullable: true} (see the x-notes of its info).
        if (SpecDocument.Child(node, "allOf") is YamlSequenceNode { Children.Count: 1 } allOf && SpecDocument.Child(node, "properties") is null)
        {
            return Of(spec, (YamlMappingNode)allOf.Children[0]);
        }

        return new SpecSchema(spec, node, $"inline schema (spec line {node.Start.Line})");
    }

    public bool Declares(string property) => PropertyNames.Contains(property, StringComparer.Ordinal);

    public SpecSchema Property(string name) =>
        SpecDocument.Child(_node, "properties") is YamlMappingNode properties && SpecDocument.Child(properties, name) is YamlMappingNode property
            ? Of(_spec, property)
            : throw new InvalidOperationException($"{Name} declares no property '{name}'.");

    public override string ToString() => Name;
}
