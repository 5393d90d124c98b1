using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Binds a polymorphic family: the abstract base record, a sealed record per derived schema, and the
/// Unknown{Base} record that keeps a value whose discriminator the spec does not list. A discriminator with an
/// OpenAPI 3.2 <c>defaultMapping</c> names its own fallback, a derived record, and then has no Unknown{Base}.
/// </summary>
/// <remarks>
/// Why not System.Text.Json's [JsonPolymorphic]/[JsonDerivedType]: it reads the discriminator as
/// metadata, so (checked on .NET 10) an unrecognised value either fails or, with
/// IgnoreUnrecognizedTypeDiscriminators, falls back to the base type and drops the discriminator from the
/// payload; an abstract base cannot be that fallback at all; and the discriminator cannot also be a
/// declared property ("conflicts with an existing metadata property name"). A generated converter that
/// looks the discriminator up and hands the object to the derived type's source-generated metadata keeps
/// the discriminator as an ordinary property, so known, aliased and unknown values all round-trip.
/// </remarks>
internal sealed class FamilyBinder
{
    private static readonly TypeRef StringType = TypeRef.Of(BuiltinType.String);

    private readonly SchemaShapes _shapes;
    private readonly RecordBinder _records;

    public FamilyBinder(SchemaShapes shapes, RecordBinder records)
    {
        _shapes = shapes;
        _records = records;
    }

    /// <param name="names">Schema id → generated type name.</param>
    /// <param name="unknownName">The name claimed for Unknown{Base}; null when the family has a defaultMapping.</param>
    /// <param name="converterName">The name claimed for the base's converter.</param>
    public IEnumerable<RecordModel> Bind(Family family, IReadOnlyDictionary<string, string> names, string? unknownName, string converterName)
    {
        var baseSchema = _shapes[family.BaseId];
        var baseName = names[family.BaseId];
        var scope = RecordBinder.NewScope(baseName);
        var baseEntries = _shapes.EffectiveProperties(baseSchema);
        var properties = _records.BindProperties(baseEntries, baseName, scope).ToList();

        var index = properties.FindIndex(p => p.JsonName == family.DiscriminatorJsonName);
        var specRequired = index < 0 || baseEntries[index].Required;
        var discriminator = index < 0
            ? Synthesized(family.DiscriminatorJsonName, baseName, scope)
            : properties[index];
        discriminator = AsDiscriminator(discriminator, specRequired);
        if (index < 0)
        {
            properties.Insert(0, discriminator);
        }
        else
        {
            properties[index] = discriminator;
        }

        var extensionData = RecordBinder.ClaimExtensionData(scope);
        var inherited = properties.Select(p => p.Name).Concat(new[] { extensionData.PropertyName, extensionData.SerializerPropertyName }).ToList();
        // Grouped once: a family can have thousands of derived schemas, and a scan of the values for each was quadratic.
        var valuesById = family.Values.ToLookup(v => v.DerivedId, v => v.Value, StringComparer.Ordinal);
        var derivedModels = family.Derived
            .Select(id => new DerivedTypeModel(names[id], valuesById[id].ToImmutableEquatableArray()))
            .ToImmutableEquatableArray();
        var defaultName = family.DefaultId is { } defaultId ? names[defaultId] : null;
        var fallbackName = defaultName ?? unknownName ?? throw new InvalidOperationException("A family without a defaultMapping needs the name of its Unknown record.");
        var polymorphism = new PolymorphismModel(converterName, family.DiscriminatorJsonName, discriminator.Name, discriminator.Type, discriminator.Nullable, derivedModels, fallbackName, defaultName is not null);

        yield return new RecordModel(baseName, BaseDocumentation(baseSchema, family, names, fallbackName, defaultName is null, discriminator.Nullable), baseSchema.Deprecated, properties.ToImmutableEquatableArray(), extensionData, Polymorphism: polymorphism);

        var baseJsonNames = new HashSet<string>(baseEntries.Select(e => e.Property.JsonName).Concat(new[] { family.DiscriminatorJsonName }), StringComparer.Ordinal);
        for (var i = 0; i < derivedModels.Count; i++)
        {
            // derivedModels[i] was made from family.Derived[i].
            var (id, derived) = (family.Derived[i], derivedModels[i]);
            var schema = _shapes[id];
            var own = _shapes.EffectiveProperties(schema).Where(e => !baseJsonNames.Contains(e.Property.JsonName));
            var ownProperties = _records.BindProperties(own, derived.TypeName, RecordBinder.NewScope(derived.TypeName, inherited));
            var docs = RecordBinder.DocumentationOf(schema);
            if (derived.TypeName == defaultName)
            {
                var fallback = $"It is also what a {baseName} reads as when its '{family.DiscriminatorJsonName}' is absent or has a value not listed (the discriminator's defaultMapping); the value read is kept.";
                docs = docs with { Remarks = docs.Remarks is null ? fallback : docs.Remarks + "\n" + fallback };
            }

            yield return new RecordModel(derived.TypeName, docs, schema.Deprecated, ownProperties, null, new DerivedFrom(baseName, derived.Values[0]));
        }

        if (unknownName is null)
        {
            yield break;
        }

        var unknownDocs = new Documentation(
            $"A {baseName} whose '{family.DiscriminatorJsonName}' value this client does not know.",
            "Every property is kept (the base's, and the rest as additional properties), so it is written back unchanged.");
        var emptyDiscriminator = discriminator.Nullable ? null : string.Empty;
        yield return new RecordModel(unknownName, unknownDocs, false, ImmutableEquatableArray<PropertyModel>.Empty, null, new DerivedFrom(baseName, emptyDiscriminator));
    }

    /// <summary>
    /// The discriminator is set by each derived record's constructor, so it is not a C# <c>required</c>
    /// member; when the spec requires it, [JsonRequired] still makes a payload without it fail to read.
    /// Only strings and string enums can be discriminators; anything else is read as a string.
    /// </summary>
    private static PropertyModel AsDiscriminator(PropertyModel property, bool specRequired)
    {
        var type = property.Type;
        var isStringLike = type.IsBuiltin(BuiltinType.String) || type is { Kind: TypeRefKind.Generated, Generated: GeneratedKind.StringEnum };
        var remarks = "The discriminator: its value decides which derived record a JSON object reads as." + (property.Docs.Remarks is { } more ? "\n" + more : string.Empty);
        return property with { Type = isStringLike ? type : StringType, Nullable = !specRequired, IsRequired = false, JsonRequired = specRequired, Backing = null, Docs = property.Docs with { Remarks = remarks } };
    }

    private static PropertyModel Synthesized(string jsonName, string baseName, NameScope scope)
    {
        var name = scope.Claim(IdentifierNames.Pascal(jsonName, "Kind"));
        return new PropertyModel(name, jsonName, StringType, false, false, new Documentation($"Which kind of {baseName} this is.", null), false, null);
    }

    private static Documentation BaseDocumentation(ApiSchema schema, Family family, IReadOnlyDictionary<string, string> names, string fallbackName, bool isUnknown, bool optional)
    {
        var docs = RecordBinder.DocumentationOf(schema);
        var kinds = string.Join(", ", family.Values.Select(v => $"{names[v.DerivedId]} (\"{v.Value}\")"));
        var how = $"The '{family.DiscriminatorJsonName}' property decides which record a JSON object reads as: {kinds}; any other value reads as {fallbackName}" + (isUnknown ? ", which keeps the whole object." : " (the discriminator's defaultMapping)" + (optional ? ", and so does an object without it." : "."));
        return docs with { Remarks = docs.Remarks is null ? how : docs.Remarks + "\n" + how };
    }
}
