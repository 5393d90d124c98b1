using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Reports (OAG0007) schema constructs that are generated only in part, each at its schema.</summary>
internal static class ShapeWarnings
{
    public static void Report(SchemaShapes shapes, Hierarchies hierarchies, List<SpecDiagnostic> diagnostics)
    {
        // The shapes list the schemas as they were read; the warnings come in id order, which the text's order does not
        // change (a schema's own warnings in the order below: the sort is stable).
        var warnings = new List<(string Id, SpecDiagnostic Warning)>();
        foreach (var entry in shapes.All)
        {
            var schema = entry.Schema;
            var kind = shapes.WrittenKind(entry);
            var hasAlternatives = schema.OneOf.Count > 0 || schema.AnyOf.Count > 0;
            if (kind == SchemaShapeKind.Record && hasAlternatives && !hierarchies.IsBase(schema.Id))
            {
                warnings.Add(Warning(schema, "The schema has oneOf/anyOf beside its own properties (or allOf) and no discriminator, which no one C# type can be",
                    "it is generated as a record with the properties only; the alternatives are ignored",
                    "Add a discriminator, or move the properties into each alternative"));
            }

            if (schema.OneOf.Count > 0 && schema.AnyOf.Count > 0)
            {
                warnings.Add(Warning(schema, "The schema has both oneOf and anyOf",
                    "it is generated from the oneOf alternatives; the anyOf ones are ignored",
                    "Merge them into one list (oneOf, or anyOf)"));
            }

            if (schema.EnumValues.Count > 0 && kind != SchemaShapeKind.Enum)
            {
                warnings.Add(Warning(schema, "The enum's values are neither all strings nor all integers",
                    "it is generated as the schema's type, without named values",
                    "Make the values one JSON type, or split the enum into one schema per type"));
            }
        }

        diagnostics.AddRange(warnings.OrderBy(w => w.Id, StringComparer.Ordinal).Select(w => w.Warning));
    }

    private static (string Id, SpecDiagnostic Warning) Warning(ApiSchema schema, string found, string generated, string fix)
        => (schema.Id, SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, schema.Location, found, generated, fix));
}
