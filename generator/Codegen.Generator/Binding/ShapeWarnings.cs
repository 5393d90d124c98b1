using System.Collections.Generic;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Reports (OAG0007) schema constructs that are generated only in part, each at its schema.</summary>
internal static class ShapeWarnings
{
    public static void Report(ApiDocument document, SchemaShapes shapes, Hierarchies hierarchies, List<SpecDiagnostic> diagnostics)
    {
        // The document lists its schemas as they were read; the warnings come in id order, which the text's order does not change.
        List<SchemaEntry>? warned = null;
        foreach (var entry in shapes.All)
        {
            if (HasWarnings(entry, shapes, hierarchies))
            {
                (warned ??= new List<SchemaEntry>()).Add(entry);
            }
        }

        if (warned is null)
        {
            return;
        }

        warned.Sort(static (left, right) => string.CompareOrdinal(left.Schema.Id, right.Schema.Id));
        foreach (var entry in warned)
        {
            var schema = entry.Schema;
            var kind = shapes.WrittenKind(entry);
            if (IsRecordWithAlternatives(schema, kind, hierarchies))
            {
                Add(diagnostics, schema, "The schema has oneOf/anyOf beside its own properties (or allOf) and no discriminator, which no one C# type can be",
                    "it is generated as a record with the properties only; the alternatives are ignored",
                    "Add a discriminator, or move the properties into each alternative");
            }

            if (HasOneOfAndAnyOf(schema))
            {
                Add(diagnostics, schema, "The schema has both oneOf and anyOf",
                    "it is generated from the oneOf alternatives; the anyOf ones are ignored",
                    "Merge them into one list (oneOf, or anyOf)");
            }

            if (IsMixedEnum(schema, kind))
            {
                Add(diagnostics, schema, "The enum's values are neither all strings nor all integers",
                    "it is generated as the schema's type, without named values",
                    "Make the values one JSON type, or split the enum into one schema per type");
            }
        }
    }

    private static bool HasWarnings(SchemaEntry entry, SchemaShapes shapes, Hierarchies hierarchies)
    {
        var kind = shapes.WrittenKind(entry);
        return IsRecordWithAlternatives(entry.Schema, kind, hierarchies) || HasOneOfAndAnyOf(entry.Schema) || IsMixedEnum(entry.Schema, kind);
    }

    private static bool IsRecordWithAlternatives(ApiSchema schema, SchemaShapeKind kind, Hierarchies hierarchies)
        => kind == SchemaShapeKind.Record && (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0) && !hierarchies.IsBase(schema.Id);

    private static bool HasOneOfAndAnyOf(ApiSchema schema) => schema.OneOf.Count > 0 && schema.AnyOf.Count > 0;

    private static bool IsMixedEnum(ApiSchema schema, SchemaShapeKind kind) => schema.EnumValues.Count > 0 && kind != SchemaShapeKind.Enum;

    private static void Add(List<SpecDiagnostic> diagnostics, ApiSchema schema, string found, string generated, string fix)
        => diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, schema.Location, found, generated, fix));
}
