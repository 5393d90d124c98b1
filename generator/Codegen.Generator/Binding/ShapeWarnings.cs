using System.Collections.Generic;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Reports (OAG0007) schema constructs that are generated only in part, each at its schema.</summary>
internal static class ShapeWarnings
{
    public static void Report(ApiDocument document, SchemaShapes shapes, Hierarchies hierarchies, List<SpecDiagnostic> diagnostics)
    {
        foreach (var entry in shapes.All)
        {
            var schema = entry.Schema;
            var kind = shapes.WrittenKind(entry);
            var hasAlternatives = schema.OneOf.Count > 0 || schema.AnyOf.Count > 0;
            if (kind == SchemaShapeKind.Record && hasAlternatives && !hierarchies.IsBase(schema.Id))
            {
                Add(diagnostics, schema, "The schema has oneOf/anyOf beside its own properties (or allOf) and no discriminator, which no one C# type can be",
                    "it is generated as a record with the properties only; the alternatives are ignored",
                    "Add a discriminator, or move the properties into each alternative");
            }

            if (schema.OneOf.Count > 0 && schema.AnyOf.Count > 0)
            {
                Add(diagnostics, schema, "The schema has both oneOf and anyOf",
                    "it is generated from the oneOf alternatives; the anyOf ones are ignored",
                    "Merge them into one list (oneOf, or anyOf)");
            }

            if (schema.EnumValues.Count > 0 && kind != SchemaShapeKind.Enum)
            {
                Add(diagnostics, schema, "The enum's values are neither all strings nor all integers",
                    "it is generated as the schema's type, without named values",
                    "Make the values one JSON type, or split the enum into one schema per type");
            }
        }
    }

    private static void Add(List<SpecDiagnostic> diagnostics, ApiSchema schema, string found, string generated, string fix)
        => diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, schema.Location, found, generated, fix));
}
