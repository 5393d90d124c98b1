using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>The generated types of a document, bound; <see cref="Types"/> resolves schemas for the operation binders.</summary>
/// <param name="SerializableTypes">Types the JSON context must list besides records, enums and unions (what union converters read).</param>
/// <param name="Shapes">The schema shapes as bound (bare subtypes are records): what the operation binders must use.</param>
internal sealed record BoundModels(
    SchemaShapes Shapes,
    TypeResolver Types,
    IReadOnlyList<RecordModel> Records,
    IReadOnlyList<EnumModel> Enums,
    IReadOnlyList<UnionModel> Unions,
    IReadOnlyList<TypeRef> SerializableTypes);

/// <summary>
/// Binds every schema that becomes a type: finds polymorphic families, names types, then binds records,
/// families, enums and unions. Names the generator adds (converters, Unknown{Base}) are claimed after
/// every schema's name, in name order, so they never take a name a schema wanted.
/// </summary>
internal static class ModelBinder
{
    public static BoundModels Bind(ApiDocument document, SchemaShapes shapes, NameScope typeScope, List<SpecDiagnostic> diagnostics)
    {
        var hierarchies = HierarchyFinder.Find(document, shapes, diagnostics);
        shapes = shapes.WithRecords(hierarchies.WrapperRecords);
        var named = NamedTypeBinder.Bind(document, shapes, hierarchies, typeScope, diagnostics);
        var types = new TypeResolver(shapes, GeneratedTypes(named, shapes, hierarchies));
        var records = new RecordBinder(shapes, new PropertyBinder(shapes, types, diagnostics));
        var families = new FamilyBinder(shapes, records);
        var unions = new UnionBinder(shapes, types, hierarchies);
        ShapeWarnings.Report(shapes, hierarchies, diagnostics);

        var recordModels = new List<RecordModel>();
        var enumModels = new List<EnumModel>();
        var unionModels = new List<UnionModel>();
        foreach (var (entry, name) in OrdinalOrder.ByUniqueKey(named.All, n => n.Name))
        {
            var schema = entry.Schema;
            if (hierarchies.FamilyOf(schema.Id) is { } family)
            {
                var converter = typeScope.Claim(name + "JsonConverter");
                var unknown = family.DefaultId is null ? typeScope.Claim("Unknown" + name) : null;
                recordModels.AddRange(families.Bind(family, named.ById, unknown, converter));
            }
            else if (hierarchies.BaseOf(schema.Id) is not null)
            {
                // Bound with its family.
            }
            else if (shapes.Kind(entry) == SchemaShapeKind.Enum)
            {
                enumModels.Add(EnumBinder.Bind(schema, name, typeScope.Claim(name + "JsonConverter"), diagnostics));
            }
            else if (shapes.Kind(entry) == SchemaShapeKind.Union)
            {
                unionModels.Add(unions.Bind(schema, name, typeScope.Claim(name + "JsonConverter"), named.ById));
            }
            else
            {
                recordModels.Add(records.Bind(entry, name));
            }
        }

        var read = unionModels.SelectMany(u => u.Alternatives).Select(a => a.Property.Type).ToList();
        var sortedRecords = OrdinalOrder.ByUniqueKey(recordModels, r => r.Name);
        return new BoundModels(shapes, types, sortedRecords, enumModels, unionModels, read);
    }

    /// <summary>What each named schema is generated as, decided as <see cref="Bind(ApiDocument, SchemaShapes, NameScope, List{SpecDiagnostic})"/> binds it: families are records whatever their shape.</summary>
    private static TypeRef?[] GeneratedTypes(NamedTypes named, SchemaShapes shapes, Hierarchies hierarchies)
    {
        var types = new TypeRef?[shapes.Count];
        foreach (var (entry, name) in named.All)
        {
            var schema = entry.Schema;
            var kind = hierarchies.FamilyOf(schema.Id) is not null || hierarchies.BaseOf(schema.Id) is not null ? GeneratedKind.Record
                : shapes.Kind(entry) == SchemaShapeKind.Enum ? EnumBinder.GeneratedKindOf(schema)
                : shapes.Kind(entry) == SchemaShapeKind.Union ? GeneratedKind.Union
                : GeneratedKind.Record;
            types[entry.Index] = TypeRef.OfGenerated(name, kind);
        }

        return types;
    }
}
