using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Reads schemas into the context's table. A $ref yields the id of its target, read once, so shared
/// and recursive schemas are never duplicated. Inline schemas are named after where they appear
/// (name hints), which keeps derived names stable as the spec grows elsewhere.
/// </summary>
internal sealed class SchemaReader
{
    /// <summary>The id of the schema that stands for "anything": free-form JSON.</summary>
    public const string AnyId = "#any";

    private readonly ParseContext _context;
    private readonly Queue<(SpecNode Node, string Id, int Number, string? ComponentName, NameHint NameHint, SourceLocation Location)> _pending = new();
    private readonly int _anyNumber;
    private bool _draining;

    public SchemaReader(ParseContext context)
    {
        _context = context;
        _context.Schemas.Put(Empty(AnyId, "Any", new Diagnostics.SourceLocation(context.Load.RootPath, 1, 1)));
        _context.Schemas.TryGetNumber(AnyId, out _anyNumber);
    }

    public string Read(SpecNode node, string nameHint) => Read(node, nameHint, null, out _, out _);

    /// <summary>Reads a schema whose name hint, should it need one, is <paramref name="nameHint"/>, a space and <paramref name="hintPart"/>.</summary>
    public string Read(SpecNode node, string nameHint, string hintPart) => Read(node, nameHint, hintPart, out _, out _);

    /// <summary>Like <see cref="Read(SpecNode, string, string)"/>, with the id's number for the binder (<see cref="SchemaNumbers"/>).</summary>
    /// <param name="hintPart">As for <see cref="Read(SpecNode, string, string)"/>; null for none.</param>
    public (string Id, int Number) ReadNumbered(SpecNode node, string nameHint, string? hintPart)
    {
        var id = Read(node, nameHint, hintPart, out _, out var number);
        return (id, number);
    }

    /// <param name="hintPart">
    /// When not null, the name hint is <paramref name="nameHint"/>, a space and this part (<see cref="NameHint"/>), joined
    /// only if the schema's type is named after it.
    /// </param>
    /// <param name="location">
    /// Where <paramref name="node"/> is, when it is the schema itself (no $ref) read for the first time: the
    /// schema's own location, which a property can share rather than make again. Otherwise null.
    /// </param>
    /// <param name="number">The id's number in the schema table.</param>
    /// <returns>The schema's id: the string the table holds, so every reference to a schema shares one.</returns>
    private string Read(SpecNode node, string nameHint, string? hintPart, out SourceLocation? location, out int number)
    {
        location = null;
        var resolved = _context.Resolver.Resolve(node);
        if (resolved is null)
        {
            number = _anyNumber;
            return AnyId;
        }

        var target = resolved.Value;
        var id = _context.IdOf(target, out var pointerStart);
        if (_context.Schemas.TryGetNumber(id, out number))
        {
            return _context.Schemas.IdOf(number);
        }

        var componentName = ComponentNameOf(id, pointerStart) ?? FileComponentNameOf(target);

        // A schema's children are only referred to by id, so they are read after it from a queue rather
        // than recursively: a chain of thousands of $refs must not overflow the compiler's stack.
        number = _context.Schemas.Add(id);
        var targetLocation = ParseContext.Location(target);
        if (ReferenceEquals(target.Node, node.Node))
        {
            location = targetLocation;
        }

        _pending.Enqueue((target, id, number, componentName, componentName is null ? new NameHint(nameHint, hintPart) : componentName, targetLocation));
        if (!_draining)
        {
            _draining = true;
            try
            {
                while (_pending.Count > 0)
                {
                    var next = _pending.Dequeue();
                    _context.Schemas.Put(next.Number, ReadSchema(next.Node, next.Id, next.ComponentName, next.NameHint, next.Location));
                }
            }
            finally
            {
                _draining = false;
            }
        }

        return id;
    }

    private ApiSchema ReadSchema(SpecNode node, string id, string? componentName, NameHint nameHint, SourceLocation location)
    {
        if (node.Node is DocScalar scalar && YamlAccess.IsBoolean(scalar))
        {
            // JSON Schema's boolean schemas: true accepts anything, false nothing; both are free-form here.
            return Empty(id, nameHint, location) with { ComponentName = componentName };
        }

        var mapping = _context.ExpectMapping(node, "A schema");
        if (mapping is null)
        {
            return Empty(id, nameHint, location) with { ComponentName = componentName };
        }

        var (types, nullable) = ReadTypes(mapping);
        nullable |= mapping.GetBool("nullable") || mapping.GetBool("x-nullable");

        // The hint as text, for the schemas inside this one: joined once, and only when there are some.
        string? hintText = null;
        List<ApiProperty>? properties = null;
        if (mapping.Get("properties") is { } propertiesNode)
        {
            var propertiesSpec = node.Child(propertiesNode, "properties").Shared();
            if (_context.ExpectMapping(propertiesSpec, "properties") is { } propertiesMapping)
            {
                foreach (var entry in propertiesMapping.Entries())
                {
                    var propertyNode = propertiesSpec.Child(entry.Value, entry.Key);
                    var schemaId = Read(propertyNode, hintText ??= nameHint.ToString(), entry.Key, out var schemaLocation, out var schemaNumber);
                    var siblingDescription = ReferenceResolver.ReferenceOf(entry.Value) is not null && entry.Value is DocMapping refMapping
                        ? refMapping.GetString("description")
                        : null;
                    (properties ??= new List<ApiProperty>(propertiesMapping.Count)).Add(
                        new ApiProperty(entry.Key, schemaId, siblingDescription, schemaLocation ?? ParseContext.Location(propertyNode), schemaNumber));
                }
            }
        }

        var required = mapping.Get("required") is DocSequence requiredNode
            ? requiredNode.Children.OfType<DocScalar>().Select(s => s.Value).ToImmutableEquatableArray()
            : ImmutableEquatableArray<string>.Empty;

        string? itemsId = null;
        var itemsNumber = SchemaNumbers.Unknown;
        if (mapping.Get("items") is { } itemsNode)
        {
            if (itemsNode is DocSequence)
            {
                _context.Unsupported(node.Child(itemsNode, "items"), "'items' is a list of schemas (a tuple), which has no C# collection type",
                    "the array is generated as a list of free-form JSON values",
                    "Give 'items' one schema that fits every element to get a typed list");
                itemsId = AnyId;
                itemsNumber = _anyNumber;
            }
            else
            {
                itemsId = Read(node.Child(itemsNode, "items"), hintText ??= nameHint.ToString(), "item", out _, out itemsNumber);
            }
        }

        var enumValues = mapping.Get("enum") is DocSequence listed ? ReadEnumValues(listed.Children, ref nullable) : ImmutableEquatableArray<ApiEnumValue>.Empty;

        // JSON Schema's way to give each value of an enum a title or description: oneOf (or anyOf) alternatives that
        // are a const and nothing else. That is the enum of those values, not a union of alternatives that each
        // accept any JSON (const alone is only documented, so every value would fit the first alternative).
        var constValues = enumValues.Count == 0 ? ConstAlternatives(mapping) : null;
        if (constValues is not null)
        {
            enumValues = ReadEnumValues(constValues, ref nullable);
        }

        var discriminator = ReadDiscriminator(node, mapping);
        ReportUnsupportedKeywords(node, mapping);

        return new ApiSchema(
            Id: id,
            ComponentName: componentName,
            NameHint: nameHint,
            Types: types,
            Format: mapping.GetString("format"),
            Nullable: nullable,
            Description: mapping.GetString("description"),
            Deprecated: mapping.GetBool("deprecated"),
            ReadOnly: mapping.GetBool("readOnly"),
            WriteOnly: mapping.GetBool("writeOnly"),
            Sensitive: mapping.GetBool("x-sensitive"),
            Properties: properties is null ? ImmutableEquatableArray<ApiProperty>.Empty : properties.ToImmutableEquatableArray(),
            Required: required,
            ItemsId: itemsId,
            AdditionalProperties: ReadAdditionalProperties(node, mapping, nameHint),
            Details: ApiSchemaDetails.Of(
                title: mapping.GetString("title"),
                enumValues: enumValues,
                allOf: ReadComposition(node, mapping, "allOf", nameHint),
                oneOf: constValues is null ? ReadComposition(node, mapping, "oneOf", nameHint) : ImmutableEquatableArray<string>.Empty,
                anyOf: constValues is null ? ReadComposition(node, mapping, "anyOf", nameHint) : ImmutableEquatableArray<string>.Empty,
                discriminator: discriminator,
                defaultJson: mapping.Get("default") is { } defaultNode ? YamlAccess.ToJson(defaultNode) : null,
                constJson: mapping.Get("const") is { } constNode ? YamlAccess.ToJson(constNode) : null),
            Location: location,
            ItemsNumber: itemsNumber);
    }

    private static (ImmutableEquatableArray<string> Types, bool Nullable) ReadTypes(DocMapping mapping)
    {
        if (mapping.GetString("type") is { } type)
        {
            return type == "null"
                ? (ImmutableEquatableArray<string>.Empty, true)
                : (SingleType(type), false);
        }

        switch (mapping.Get("type"))
        {
            case DocSequence sequence:
                var names = sequence.Children.OfType<DocScalar>().Select(s => s.Value).ToList();
                var nullable = names.Remove("null");
                return (names.ToImmutableEquatableArray(), nullable);
            default:
                return (ImmutableEquatableArray<string>.Empty, false);
        }
    }

    /// <summary>The six JSON types, each as a one-type list: nearly every schema has one of them, and the lists are immutable.</summary>
    private static readonly ImmutableEquatableArray<string>[] CommonTypes =
        new[] { "string", "object", "integer", "array", "number", "boolean" }.Select(ImmutableEquatableArray<string>.Single).ToArray();

    private static ImmutableEquatableArray<string> SingleType(string type)
    {
        foreach (var common in CommonTypes)
        {
            if (string.Equals(common[0], type, StringComparison.Ordinal))
            {
                return common;
            }
        }

        return ImmutableEquatableArray<string>.Single(type);
    }

    /// <summary>
    /// The const values of a oneOf or anyOf (the only composition of a schema without properties, allOf or a
    /// discriminator) whose alternatives are each an inline const with annotations only; otherwise null.
    /// </summary>
    private static List<DocNode>? ConstAlternatives(DocMapping mapping)
    {
        var alternatives = (mapping.Get("oneOf"), mapping.Get("anyOf")) switch
        {
            (DocSequence oneOf, null) => oneOf,
            (null, DocSequence anyOf) => anyOf,
            _ => null,
        };
        if (alternatives is null || alternatives.Children.Count == 0
            || mapping.Get("properties") is not null || mapping.Get("allOf") is not null || mapping.Get("discriminator") is not null)
        {
            return null;
        }

        var values = new List<DocNode>();
        foreach (var alternative in alternatives.Children)
        {
            if (alternative is not DocMapping constant || constant.Get("const") is not { } value
                || constant.Entries().Count() != constant.Count
                || constant.Entries().Any(entry => !ConstAnnotations.Contains(entry.Key) && !entry.Key.StartsWith("x-", StringComparison.Ordinal)))
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    /// <summary>What an alternative may say beside its const and still be just a documented value.</summary>
    private static readonly HashSet<string> ConstAnnotations = new(StringComparer.Ordinal) { "const", "title", "description", "deprecated", "type", "$comment" };

    private static ImmutableEquatableArray<ApiEnumValue> ReadEnumValues(IEnumerable<DocNode> values, ref bool nullable)
    {
        var result = new List<ApiEnumValue>();
        foreach (var value in values)
        {
            if (value is DocScalar scalar && YamlAccess.IsNull(scalar))
            {
                nullable = true;
                continue;
            }

            var isString = value is DocScalar s && !(YamlAccess.IsNumber(s) || YamlAccess.IsBoolean(s));
            result.Add(new ApiEnumValue(YamlAccess.ToJson(value), isString ? ((DocScalar)value).Value : null, IsNull: false));
        }

        return result.ToImmutableEquatableArray();
    }

    private ApiAdditionalProperties ReadAdditionalProperties(SpecNode node, DocMapping mapping, NameHint nameHint)
    {
        switch (mapping.Get("additionalProperties"))
        {
            case null:
                return ApiAdditionalProperties.NotSaid;
            case DocScalar scalar when YamlAccess.IsBoolean(scalar):
                return new ApiAdditionalProperties(YamlAccess.IsTrue(scalar) ? AdditionalPropertiesKind.FreeForm : AdditionalPropertiesKind.Forbidden, null);
            case DocMapping { Count: 0 }:
                return new ApiAdditionalProperties(AdditionalPropertiesKind.FreeForm, null);
            case var valueNode:
                var valueId = Read(node.Child(valueNode, "additionalProperties"), nameHint.ToString(), "value", out _, out var valueNumber);
                return new ApiAdditionalProperties(AdditionalPropertiesKind.Typed, valueId, valueNumber);
        }
    }

    private ImmutableEquatableArray<string> ReadComposition(SpecNode node, DocMapping mapping, string keyword, NameHint nameHint)
    {
        if (mapping.Get(keyword) is not { } compositionNode)
        {
            return ImmutableEquatableArray<string>.Empty;
        }

        var compositionSpec = node.Child(compositionNode, keyword).Shared();
        if (compositionNode is not DocSequence sequence)
        {
            _context.Diagnostics.Add(Diagnostics.SpecDiagnostic.Create(
                Diagnostics.DiagnosticDescriptors.UnexpectedNodeType, ParseContext.Location(compositionSpec), keyword, "an array of schemas"));
            return ImmutableEquatableArray<string>.Empty;
        }

        var ids = new List<string>();
        var hintText = nameHint.ToString();
        for (var i = 0; i < sequence.Count; i++)
        {
            var hintPart = (keyword == "allOf" ? "part " : "option ") + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ids.Add(Read(compositionSpec.Child(sequence[i], i), hintText, hintPart));
        }

        return ids.ToImmutableEquatableArray();
    }

    private ApiDiscriminator? ReadDiscriminator(SpecNode node, DocMapping mapping)
    {
        switch (mapping.Get("discriminator"))
        {
            case DocScalar { Value: { } swaggerStyle }:
                // Swagger 2.0 writes the discriminator as the property name alone.
                return new ApiDiscriminator(swaggerStyle, ImmutableEquatableArray<ApiDiscriminatorMapping>.Empty);
            case DocMapping discriminator when discriminator.GetString("propertyName") is { } propertyName:
                var entries = new List<ApiDiscriminatorMapping>();
                if (discriminator.Get("mapping") is DocMapping mappingNode)
                {
                    var mappingSpec = node.Child(discriminator, "discriminator").Child(mappingNode, "mapping").Shared();
                    foreach (var entry in mappingNode.Entries())
                    {
                        if (entry.Value is not DocScalar { Value: { } target })
                        {
                            continue;
                        }

                        entries.Add(new ApiDiscriminatorMapping(entry.Key, ReadMappingTarget(mappingSpec, entry.Key, target)));
                    }
                }

                var discriminatorSpec = node.Child(discriminator, "discriminator");
                string? defaultMappingId = null;
                if (discriminator.Get("defaultMapping") is DocScalar { Value: { } defaultTarget })
                {
                    // OpenAPI 3.2: the schema of payloads whose value is absent or unmapped (HierarchyFinder makes it the fallback).
                    defaultMappingId = ReadMappingTarget(discriminatorSpec, "defaultMapping", defaultTarget);
                }

                return new ApiDiscriminator(propertyName, entries.ToImmutableEquatableArray(), defaultMappingId);
            default:
                return null;
        }
    }

    /// <summary>A mapping value (or defaultMapping) is a $ref, or a bare component name; either way the schema it names is read.</summary>
    private string ReadMappingTarget(SpecNode owner, string key, string target)
    {
        var reference = target.Contains("#") || target.Contains("/") || target.Contains(".") ? target : "#/components/schemas/" + target;
        var refNode = new DocMapping(new[] { new DocEntry(DocKey.Synthetic("$ref"), DocScalar.Synthetic(reference)) }, 1, 1);
        return Read(owner.Child(refNode, key), key);
    }

    private void ReportUnsupportedKeywords(SpecNode node, DocMapping mapping)
    {
        // Almost no schema has one: a pass over the few keys a schema has tells, where looking up each keyword took eight.
        if (!HasUnsupportedKeyword(mapping))
        {
            return;
        }

        foreach (var keyword in UnsupportedKeywords)
        {
            if (mapping.Get(keyword) is { } value)
            {
                _context.Unsupported(node.Child(value, keyword), $"The JSON Schema keyword '{keyword}' has no counterpart in the generated types",
                    "it is ignored, and values are not checked against it",
                    "Nothing to fix unless the client relies on it; then check values in your own code");
            }
        }
    }

    private static readonly string[] UnsupportedKeywords = { "not", "if", "then", "else", "patternProperties", "dependentSchemas", "prefixItems", "unevaluatedProperties" };

    private static readonly HashSet<string> UnsupportedKeywordSet = new(UnsupportedKeywords, StringComparer.Ordinal);

    private static bool HasUnsupportedKeyword(DocMapping mapping)
    {
        for (var i = 0; i < mapping.Count; i++)
        {
            if (mapping.KeyTextAt(i) is { } key && UnsupportedKeywordSet.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ComponentPrefixes = { "/components/schemas/", "/definitions/" };

    /// <summary>The component name when the pointer, from <paramref name="start"/> in <paramref name="id"/>, names a component schema.</summary>
    private static string? ComponentNameOf(string id, int start)
    {
        foreach (var prefix in ComponentPrefixes)
        {
            // A schema nested in a component (its properties, items) has more segments: no substring for it.
            var nameStart = start + prefix.Length;
            if (id.Length > nameStart && string.CompareOrdinal(id, start, prefix, 0, prefix.Length) == 0 && id.IndexOf('/', nameStart) < 0)
            {
                return id.Substring(nameStart).Replace("~1", "/").Replace("~0", "~");
            }
        }

        return null;
    }

    /// <summary>
    /// In another file, a whole file used as a schema ($ref: 'Pet.yaml') is a component named after the
    /// file, and a top-level entry ($ref: 'schemas.yaml#/Pet') after its key, as their author meant.
    /// </summary>
    private string? FileComponentNameOf(SpecNode target)
    {
        if (target.File == _context.Load.RootPath)
        {
            return null;
        }

        if (target.Pointer.Length == 0)
        {
            var fileName = SpecPath.FileName(target.File);
            var dot = fileName.LastIndexOf('.');
            return dot > 0 ? fileName.Substring(0, dot) : fileName;
        }

        return target.Pointer.LastIndexOf('/') == 0 ? target.Pointer.Substring(1).Replace("~1", "/").Replace("~0", "~") : null;
    }

    private static ApiSchema Empty(string id, NameHint nameHint, Diagnostics.SourceLocation location) => new(
        id, null, nameHint, ImmutableEquatableArray<string>.Empty, null, false, null, false, false, false, false,
        ImmutableEquatableArray<ApiProperty>.Empty, ImmutableEquatableArray<string>.Empty, null, ApiAdditionalProperties.NotSaid,
        null, location);
}
