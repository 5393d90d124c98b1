using System.Collections.Generic;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Reports (OAG0007) schema constructs that are generated only in part, each at its schema.</summary>
internal static class ShapeWarnings
{
    public static void Report(ApiDocument document, SchemaShapes shapes, Hierarchies hierarchies, List<SpecDiagnostic> diagnostics)
    {
        foreach (var schema in document.Schemas)
        {
            var kind = SchemaShapes.KindOf(schema);
            var hasAlternatives = schema.OneOf.Count > 0 || schema.AnyOf.Count > 0;
            if (kind == SchemaShapeKind.Record && hasAlternatives && !hierarchies.IsBase(schema.Id))
            {
                Add(diagnostics, schema, "oneOf/anyOf beside properties or allOf, without a discriminator", "ignored: the record has the properties only");
            }

            if (schema.OneOf.Count > 0 && schema.AnyOf.Count > 0)
            {
                Add(diagnostics, schema, "anyOf beside oneOf in one schema", "ignored: the oneOf alternatives are used");
            }

            if (schema.EnumValues.Count > 0 && kind != SchemaShapeKind.Enum)
            {
                Add(diagnostics, schema, "An enum of values that are neither all strings nor all integers", "generated as its underlying type");
            }
        }
    }

    private static void Add(List<SpecDiagnostic> diagnostics, ApiSchema schema, string construct, string consequence)
        => diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, schema.Location, construct, consequence));
}
