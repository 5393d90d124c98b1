using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Decides which schemas become generated types and names them. Component schemas always do; inline
/// object, enum and union schemas do when something uses them. Components are named first, then inline
/// schemas, each group in id order. An inline schema's name comes from where it is (its name hint:
/// "Order shippingAddress" → OrderShippingAddress), so a name only changes when its own part of the
/// spec does, or when a new schema wants the very same name.
/// </summary>
internal static class NamedTypeBinder
{
    public static Dictionary<string, string> Bind(ApiDocument document, SchemaShapes shapes, Hierarchies hierarchies, NameScope typeScope, List<SpecDiagnostic> diagnostics)
    {
        var needed = FindNeeded(document, shapes, hierarchies);

        // Components first, then inline schemas, each in id order: the document lists its schemas in id order,
        // so two passes over it give that order without sorting.
        var names = new Dictionary<string, string>(needed.Count, StringComparer.Ordinal);
        foreach (var components in new[] { true, false })
        {
            foreach (var schema in document.Schemas)
            {
                if ((schema.ComponentName is not null) != components || !needed.Contains(schema.Id))
                {
                    continue;
                }

                // An inline schema's name hint ("addFollowers request") is ours, not the description's: not quoted.
                var desired = IdentifierNames.Pascal(schema.ComponentName ?? schema.NameHint, "Model");
                var name = schema.ComponentName is { } component
                    ? Renames.Claim(typeScope, desired, component, schema.Location, diagnostics)
                    : Renames.ClaimFor(typeScope, desired, "The inline schema", schema.Location, diagnostics, Renames.NameInlineSchema);
                names.Add(schema.Id, name);
            }
        }

        return names;
    }

    private static HashSet<string> FindNeeded(ApiDocument document, SchemaShapes shapes, Hierarchies hierarchies)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);

        // Every schema is visited: a table made at its final size (netstandard2.0's HashSet takes no capacity).
        var visited = new Dictionary<string, bool>(document.Schemas.Count, StringComparer.Ordinal);
        var pending = new Stack<string>();

        foreach (var schema in document.Schemas.Where(s => s.ComponentName is not null))
        {
            pending.Push(schema.Id);
        }

        foreach (var operation in document.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                pending.Push(parameter.SchemaId);
            }

            if (operation.RequestBody?.SchemaId is { } bodyId)
            {
                pending.Push(bodyId);
            }

            foreach (var response in operation.Responses)
            {
                if (response.SchemaId is { } responseId)
                {
                    pending.Push(responseId);
                }
            }
        }

        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (visited.ContainsKey(id))
            {
                continue;
            }

            visited.Add(id, true);

            var written = shapes[id];
            var schema = shapes.Unwrap(written);
            if (!ReferenceEquals(schema, written))
            {
                pending.Push(schema.Id);
                continue;
            }

            if (hierarchies.BaseOf(schema.Id) is { } baseId)
            {
                // A derived record cannot exist without its base.
                pending.Push(baseId);
            }

            foreach (var derived in hierarchies.FamilyOf(schema.Id)?.Derived ?? Array.Empty<string>())
            {
                pending.Push(derived);
            }

            switch (shapes.Kind(schema))
            {
                case SchemaShapeKind.Record:
                    needed.Add(schema.Id);
                    foreach (var (property, _) in shapes.EffectiveProperties(schema))
                    {
                        pending.Push(property.SchemaId);
                    }

                    break;
                case SchemaShapeKind.Union:
                    needed.Add(schema.Id);
                    foreach (var alternative in shapes.Alternatives(schema))
                    {
                        pending.Push(alternative);
                    }

                    break;
                case SchemaShapeKind.Enum:
                    needed.Add(schema.Id);
                    break;
                case SchemaShapeKind.Array when schema.ItemsId is not null:
                    pending.Push(schema.ItemsId);
                    break;
                case SchemaShapeKind.Map:
                    pending.Push(schema.AdditionalProperties.SchemaId!);
                    break;
            }
        }

        return needed;
    }
}
