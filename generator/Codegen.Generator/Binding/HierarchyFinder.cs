using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Finds polymorphic families: a schema with a discriminator becomes an abstract base record, and
/// each schema it can be becomes a sealed record deriving from it. Derived schemas are
/// <list type="bullet">
/// <item>the oneOf/anyOf alternatives of the base ("oneOf + discriminator"),</item>
/// <item>the targets of <c>discriminator.mapping</c>,</item>
/// <item>component schemas whose allOf names the base ("allOf inheritance"); their discriminator
/// value is their component name unless the mapping gives one.</item>
/// </list>
/// C# has single inheritance and records are sealed here, so a schema derives from at most one base
/// (the first base in id order) and a base cannot also be derived. What cannot be honoured is reported
/// (OAG0012) and generated without the hierarchy: a oneOf base becomes a typed union, an allOf
/// child stays a standalone record.
/// </summary>
internal static class HierarchyFinder
{
    public static Hierarchies Find(ApiDocument document, SchemaShapes shapes, List<SpecDiagnostic> diagnostics)
    {
        // A discriminator with nothing to select (no alternatives, mapping or allOf children) is just a property.
        var (allOfChildren, withDiscriminator) = Scan(document);
        var bases = withDiscriminator
            .Where(s => IsBaseShape(s) && HasCandidates(s, allOfChildren, shapes))
            .OrderBy(s => s.ComponentName is null ? 1 : 0)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var baseIds = new HashSet<string>(bases.Select(b => b.Id), StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var families = new List<Family>();

        foreach (var schema in bases)
        {
            var family = TryBuild(schema, allOfChildren, shapes, baseIds, claimed, diagnostics);
            if (family is not null)
            {
                families.Add(family);
                claimed.UnionWith(family.Derived);
            }
        }

        var wrappers = families.SelectMany(f => f.Derived).Where(id => SchemaShapes.KindOf(shapes[id]) == SchemaShapeKind.Alias);
        return new Hierarchies(families, wrappers);
    }

    /// <summary>
    /// The component schemas that name each schema in their allOf (in the order read; sorted by id where used), and the
    /// schemas with a discriminator: found in one pass over every schema, where a scan of every schema for each base took
    /// seconds on descriptions with thousands of discriminators.
    /// </summary>
    private static (Dictionary<string, List<ApiSchema>> AllOfChildren, List<ApiSchema> WithDiscriminator) Scan(ApiDocument document)
    {
        var children = new Dictionary<string, List<ApiSchema>>(StringComparer.Ordinal);
        var withDiscriminator = new List<ApiSchema>();
        foreach (var schema in document.Schemas)
        {
            // Most schemas have no details at all (no allOf, no discriminator): nothing more to look at.
            if (schema.Details is null)
            {
                continue;
            }

            if (schema.Discriminator is not null)
            {
                withDiscriminator.Add(schema);
            }

            if (schema.ComponentName is null)
            {
                continue;
            }

            foreach (var parentId in schema.AllOf)
            {
                if (!children.TryGetValue(parentId, out var list))
                {
                    list = new List<ApiSchema>();
                    children.Add(parentId, list);
                }

                // A schema that names the same parent twice is its child once.
                if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], schema))
                {
                    list.Add(schema);
                }
            }
        }

        return (children, withDiscriminator);
    }

    private static bool HasCandidates(ApiSchema schema, Dictionary<string, List<ApiSchema>> allOfChildren, SchemaShapes shapes)
        => shapes.Alternatives(schema).Count > 0
           || schema.Discriminator!.Mapping.Any(m => Resolve(m.SchemaId, schema, shapes) != schema.Id)
           || (schema.Discriminator.DefaultMappingId is { } fallback && Resolve(fallback, schema, shapes) != schema.Id)
           || allOfChildren.ContainsKey(schema.Id);

    private static bool IsBaseShape(ApiSchema schema)
        => SchemaShapes.KindOf(schema) is SchemaShapeKind.Record or SchemaShapeKind.Union;

    private static Family? TryBuild(ApiSchema schema, Dictionary<string, List<ApiSchema>> allOfChildren, SchemaShapes shapes, HashSet<string> baseIds, HashSet<string> claimed, List<SpecDiagnostic> diagnostics)
    {
        var discriminator = schema.Discriminator!;
        var isUnion = SchemaShapes.KindOf(schema) == SchemaShapeKind.Union;
        var derived = new List<string>();
        var isDerived = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<(string Subject, Problem Problem)>();

        // An alternative that cannot derive breaks a oneOf base (it falls back to a union); a mapping
        // target or allOf child that cannot is only left out.
        var breaking = false;

        void Consider(string id, bool fromAlternatives)
        {
            var target = shapes[Resolve(id, schema, shapes)];
            if (target.Id == schema.Id || isDerived.Contains(target.Id))
            {
                return;
            }

            var problem = !IsRecordLike(target) ? Problem.NotObject
                : baseIds.Contains(target.Id) ? Problem.OwnDiscriminator
                : claimed.Contains(target.Id) ? Problem.OtherBase
                : (Problem?)null;
            if (problem is null)
            {
                derived.Add(target.Id);
                isDerived.Add(target.Id);
            }
            else
            {
                problems.Add((NameOf(target), problem.Value));
                breaking |= fromAlternatives;
            }
        }

        foreach (var id in shapes.Alternatives(schema))
        {
            Consider(id, fromAlternatives: true);
        }

        foreach (var entry in discriminator.Mapping)
        {
            Consider(entry.SchemaId, fromAlternatives: false);
        }

        if (allOfChildren.TryGetValue(schema.Id, out var children))
        {
            foreach (var child in children.OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                Consider(child.Id, fromAlternatives: false);
            }
        }

        // OpenAPI 3.2: the fallback schema derives like a mapping target. One that names the base itself, or
        // cannot derive (reported above), leaves the fallback to Unknown{Base}, which holds the base's properties.
        var defaultId = discriminator.DefaultMappingId is { } fallback ? Resolve(fallback, schema, shapes) : null;
        if (defaultId is not null)
        {
            Consider(defaultId, fromAlternatives: false);
        }

        var unnamed = problems.Count;
        var values = Values(schema, derived, isDerived, shapes, problems);
        breaking |= problems.Count > unnamed;
        if (breaking && isUnion)
        {
            Report(schema, discriminator.PropertyName, problems, "it is generated as a union that reads the alternatives by shape, without the discriminator", diagnostics);
            return null;
        }

        if (problems.Count > 0)
        {
            Report(schema, discriminator.PropertyName, problems, "the hierarchy is generated without the schemas named", diagnostics);
        }

        var withValue = new HashSet<string>(values.Select(v => v.DerivedId), StringComparer.Ordinal);
        var kept = derived.Where(withValue.Contains).ToList();
        return kept.Count == 0 ? null : new Family(schema.Id, discriminator.PropertyName, kept, values, kept.Contains(defaultId ?? string.Empty) ? defaultId : null);
    }

    /// <summary>
    /// Mapping values first (in mapping order), then each remaining derived schema's component name.
    /// A mapping value that names the base itself selects nothing: such objects read as Unknown{Base},
    /// which holds exactly the base's properties and keeps the rest.
    /// </summary>
    private static List<(string Value, string DerivedId)> Values(ApiSchema schema, List<string> derived, HashSet<string> isDerived, SchemaShapes shapes, List<(string Subject, Problem Problem)> problems)
    {
        var values = new List<(string Value, string DerivedId)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in schema.Discriminator!.Mapping)
        {
            var target = Resolve(entry.SchemaId, schema, shapes);
            if (taken.Add(entry.Value) && isDerived.Contains(target))
            {
                values.Add((entry.Value, target));
                mapped.Add(target);
            }
        }

        foreach (var id in derived.Where(id => !mapped.Contains(id)))
        {
            var name = shapes[id].ComponentName;
            if (name is null)
            {
                problems.Add((NameOf(shapes[id]), Problem.NoMappingValue));
            }
            else if (taken.Add(name))
            {
                values.Add((name, id));
            }
        }

        return values;
    }

    /// <summary>
    /// The schema a candidate stands for: wrappers are followed, except a component that only says
    /// <c>allOf: [Base]</c>, which is a subtype with no properties of its own.
    /// </summary>
    private static string Resolve(string id, ApiSchema baseSchema, SchemaShapes shapes)
    {
        var schema = shapes[id];
        var isBareSubtype = schema.ComponentName is not null && schema.Id != baseSchema.Id
            && SchemaShapes.KindOf(schema) == SchemaShapeKind.Alias && shapes.Unwrap(schema).Id == baseSchema.Id;
        return isBareSubtype ? schema.Id : shapes.Unwrap(schema).Id;
    }

    private static bool IsRecordLike(ApiSchema schema)
        => SchemaShapes.KindOf(schema) is SchemaShapeKind.Record or SchemaShapeKind.Alias;

    /// <summary>A component by its name; an inline schema by where it is (its name hint is ours, not the description's).</summary>
    private static string NameOf(ApiSchema schema)
        => schema.ComponentName is { } name ? "'" + name + "'" : FormattableString.Invariant($"the inline schema at line {schema.Location.Line}, column {schema.Location.Column}");

    /// <summary>Why a schema cannot derive from the base; the messages list the schemas of each reason together.</summary>
    private enum Problem
    {
        NotObject,
        OwnDiscriminator,
        OtherBase,
        NoMappingValue,
    }

    private static string Describe(Problem problem, bool plural) => problem switch
    {
        Problem.NotObject => plural ? "are not object schemas" : "is not an object schema",
        Problem.OwnDiscriminator => plural ? "have a discriminator of their own" : "has a discriminator of its own",
        Problem.OtherBase => plural ? "already derive from another schema with a discriminator" : "already derives from another schema with a discriminator",
        _ => plural ? "have no value in 'discriminator.mapping'" : "has no value in 'discriminator.mapping'",
    };

    /// <summary>One warning per discriminator, naming every schema it cannot select, grouped by reason.</summary>
    private static void Report(ApiSchema schema, string property, List<(string Subject, Problem Problem)> problems, string consequence, List<SpecDiagnostic> diagnostics)
    {
        var reasons = problems
            .GroupBy(p => p.Problem)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var subjects = g.Select(p => p.Subject).Distinct(StringComparer.Ordinal).ToList();
                return Join(subjects) + " " + Describe(g.Key, subjects.Count > 1);
            });
        var fix = "Make every schema it selects an object schema without a discriminator of its own "
            + "(an inline one needs a value in discriminator.mapping), or remove the discriminator";
        diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.DiscriminatorNotApplied, schema.Location, property, NameOf(schema), string.Join("; ", reasons), consequence, fix));
    }

    private static string Join(List<string> items)
        => items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
}
