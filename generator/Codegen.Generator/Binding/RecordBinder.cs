using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Binds an object schema to a sealed record: property names, types, requiredness and collection copies.</summary>
internal sealed class RecordBinder
{
    /// <summary>Members every record has; a spec property may not take these names.</summary>
    public static readonly string[] RecordMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers", "MemberwiseClone", "Finalize",
    };

    private readonly SchemaShapes _shapes;
    private readonly PropertyBinder _properties;

    /// <summary>The member scope of the record being bound: one for all of them, cleared for each.</summary>
    private readonly NameScope _scope = new(RecordMemberNames, 16);

    public RecordBinder(SchemaShapes shapes, PropertyBinder properties)
    {
        _shapes = shapes;
        _properties = properties;
    }

    public RecordModel Bind(SchemaEntry entry, string name)
    {
        var schema = entry.Schema;
        var effective = _shapes.EffectiveProperties(entry);
        var scope = _scope;
        scope.Clear();
        scope.Reserve(name, NameScope.EnclosingType);
        var targets = _shapes.PropertySchemas(entry);
        var properties = new PropertyModel[effective.Count];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i] = _properties.Bind(effective[i].Property, effective[i].Required, targets[i], name, scope);
        }

        var extensionData = SchemaShapes.AllowsUnknownProperties(schema) ? ClaimExtensionData(scope) : null;
        return new RecordModel(name, WithAdditionalProperties(DocumentationOf(schema), schema, extensionData?.PropertyName), schema.Deprecated, ImmutableEquatableArray<PropertyModel>.Own(properties), extensionData);
    }

    /// <summary>Claimed after the spec's properties, which keep their names.</summary>
    public static ExtensionDataModel ClaimExtensionData(NameScope scope)
        => new(scope.Claim("AdditionalProperties"), scope.Claim("AdditionalPropertiesJson"));

    /// <summary>
    /// Typed additionalProperties beside named properties: System.Text.Json keeps extra properties only as
    /// JsonElement values, so the value schema is documented rather than enforced.
    /// </summary>
    private Documentation WithAdditionalProperties(Documentation docs, ApiSchema schema, string? extensionData)
    {
        if (extensionData is null || schema.AdditionalProperties.Kind != AdditionalPropertiesKind.Typed)
        {
            return docs;
        }

        var valueType = _shapes[schema.AdditionalProperties.SchemaId!];
        var described = _shapes.Unwrap(valueType) is { Types.Count: 1 } unwrapped ? " (" + unwrapped.Types[0] + ")" : string.Empty;
        var note = $"Properties not named here are kept in {extensionData} as JSON; the API description gives their values one schema{described}.";
        return docs with { Remarks = docs.Remarks is null ? note : docs.Remarks + "\n" + note };
    }

    /// <summary>The members every record has, taken in each record's scope.</summary>
    private static readonly ReservedNames RecordMemberNames = new("a member every C# record has", RecordMembers);

    /// <summary>A member scope for a record: record members, its own name and its inherited members are taken.</summary>
    /// <param name="inheritedHolder">What the inherited names are, as a rename warning quotes them.</param>
    public static NameScope NewScope(string name, IEnumerable<string>? inherited = null, string inheritedHolder = "a property the record inherits from its base")
    {
        var scope = new NameScope(RecordMemberNames, 16);
        scope.Reserve(name, NameScope.EnclosingType);
        foreach (var member in inherited ?? Enumerable.Empty<string>())
        {
            scope.Reserve(member, inheritedHolder);
        }

        return scope;
    }

    public ImmutableEquatableArray<PropertyModel> BindProperties(IEnumerable<(ApiProperty Property, bool Required)> properties, string name, NameScope scope)
        => properties.Select(entry => _properties.Bind(entry.Property, entry.Required, _shapes.Entry(entry.Property.SchemaId), name, scope)).ToImmutableEquatableArray();

    public static Documentation DocumentationOf(ApiSchema schema)
    {
        // The title names the schema; the description explains it. Show both when both are given.
        return schema.Description is not null && schema.Title is not null
            ? new Documentation(schema.Title, schema.Description)
            : Documentation.Of(schema.Description ?? schema.Title, null);
    }
}
