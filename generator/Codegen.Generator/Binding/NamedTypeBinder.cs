using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
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
    public static NamedTypes Bind(ApiDocument document, SchemaShapes shapes, Hierarchies hierarchies, NameScope typeScope, List<SpecDiagnostic> diagnostics)
    {
        var needed = FindNeeded(document, shapes, hierarchies);

        // Components first, then inline schemas, each in id order (the document lists its schemas as they were read):
        // so a name depends on the ids alone, not on where in the text a schema is.
        var names = new List<(SchemaEntry Schema, string Name)>(needed.Count(n => n));
        foreach (var entry in NeededInIdOrder(shapes, needed))
        {
            // An inline schema's name hint ("addFollowers request") is ours, not the description's: not quoted.
            var schema = entry.Schema;
            var desired = IdentifierNames.Pascal(schema.ComponentName ?? schema.NameHint.ToString(), "Model");
            var name = schema.ComponentName is { } component
                ? Renames.Claim(typeScope, desired, component, schema.Location, diagnostics)
                : Renames.ClaimFor(typeScope, desired, "The inline schema", schema.Location, diagnostics, Renames.NameInlineSchema);
            names.Add((entry, name));
        }

        return new NamedTypes(names);
    }

    /// <summary>The needed schemas: components, then inline ones, each in ordinal id order.</summary>
    private static IEnumerable<SchemaEntry> NeededInIdOrder(SchemaShapes shapes, bool[] needed)
    {
        var components = new List<SchemaEntry>();
        var inline = new List<SchemaEntry>();
        foreach (var entry in shapes.All)
        {
            // Needed first: most schemas are not, and their objects need not be read.
            if (needed[entry.Index])
            {
                (entry.Schema.ComponentName is not null ? components : inline).Add(entry);
            }
        }

        return InIdOrder(components).Concat(InIdOrder(inline));
    }

    private static IEnumerable<SchemaEntry> InIdOrder(List<SchemaEntry> entries)
        => OrdinalSort.OrderOf(entries.Select(e => e.Schema.Id).ToArray()).Select(i => entries[i]);

    /// <summary>Which schemas (by <see cref="SchemaEntry.Index"/>) become generated types: those reachable from components and operations.</summary>
    private static bool[] FindNeeded(ApiDocument document, SchemaShapes shapes, Hierarchies hierarchies)
    {
        var needed = new bool[shapes.Count];

        // A schema is marked when it is first pushed, so each is pushed once.
        var discovered = new bool[shapes.Count];
        var pending = new Stack<int>();
        void Push(SchemaEntry schema)
        {
            if (!discovered[schema.Index])
            {
                discovered[schema.Index] = true;
                pending.Push(schema.Index);
            }
        }

        foreach (var entry in shapes.All)
        {
            if (entry.Schema.ComponentName is not null)
            {
                Push(entry);
            }
        }

        foreach (var operation in document.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                Push(shapes.Entry(parameter.SchemaId, parameter.SchemaNumber));
            }

            if (operation.RequestBody is { SchemaId: { } bodyId } body)
            {
                Push(shapes.Entry(bodyId, body.SchemaNumber));
            }

            foreach (var response in operation.Responses)
            {
                if (response.SchemaId is { } responseId)
                {
                    Push(shapes.Entry(responseId, response.SchemaNumber));
                }
            }
        }

        while (pending.Count > 0)
        {
            var written = shapes.All[pending.Pop()];
            var entry = shapes.Unwrap(written);
            if (entry.Index != written.Index)
            {
                Push(entry);
                continue;
            }

            var schema = entry.Schema;
            if (hierarchies.BaseOf(schema.Id) is { } baseId)
            {
                // A derived record cannot exist without its base.
                Push(shapes.Entry(baseId));
            }

            foreach (var derived in hierarchies.FamilyOf(schema.Id)?.Derived ?? Array.Empty<string>())
            {
                Push(shapes.Entry(derived));
            }

            switch (shapes.Kind(entry))
            {
                case SchemaShapeKind.Record:
                    needed[entry.Index] = true;
                    foreach (var property in shapes.PropertySchemas(entry))
                    {
                        Push(property);
                    }

                    break;
                case SchemaShapeKind.Union:
                    needed[entry.Index] = true;
                    foreach (var alternative in shapes.Alternatives(schema))
                    {
                        Push(shapes.Entry(alternative));
                    }

                    break;
                case SchemaShapeKind.Enum:
                    needed[entry.Index] = true;
                    break;
                case SchemaShapeKind.Array when schema.ItemsId is not null:
                    Push(shapes.Entry(schema.ItemsId, schema.ItemsNumber));
                    break;
                case SchemaShapeKind.Map:
                    Push(shapes.Entry(schema.AdditionalProperties.SchemaId!, schema.AdditionalProperties.SchemaNumber));
                    break;
            }
        }

        return needed;
    }
}

/// <summary>The schemas that become generated types, with their names.</summary>
internal sealed class NamedTypes
{
    private Dictionary<string, string>? _byId;

    public NamedTypes(IReadOnlyList<(SchemaEntry Schema, string Name)> all) => All = all;

    /// <summary>In the order their names were claimed: components, then inline schemas, each in id order.</summary>
    public IReadOnlyList<(SchemaEntry Schema, string Name)> All { get; }

    /// <summary>Schema id → type name, made when first asked (only families and unions look names up by id).</summary>
    public IReadOnlyDictionary<string, string> ById
    {
        get
        {
            if (_byId is null)
            {
                _byId = new Dictionary<string, string>(All.Count, StringComparer.Ordinal);
                foreach (var (schema, name) in All)
                {
                    _byId.Add(schema.Schema.Id, name);
                }
            }

            return _byId;
        }
    }
}
