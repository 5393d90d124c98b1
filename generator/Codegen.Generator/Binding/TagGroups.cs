using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>One interface of the interface-per-tag option: its operations, and the interfaces of its child tags it extends.</summary>
/// <param name="Family">The top-level tag of its tree: interfaces of one tree share one scope of method names.</param>
internal sealed record TagGroup(string Name, Documentation Docs, IReadOnlyList<ApiOperation> Operations, IReadOnlyList<string> Bases, string Family);

/// <summary>
/// Groups operations by tag for the interface-per-tag option. An operation goes to the interface of its first
/// <b>grouping</b> tag: one whose OpenAPI 3.2 <c>kind</c> is absent or <c>nav</c> (the registry's navigation
/// sections). Tags of other kinds (<c>badge</c>, <c>audience</c>, ...) are metadata and choose no interface.
/// A grouping tag with a grouping <c>parent</c> (3.2) keeps its own interface, and the parent's interface extends
/// it, so a client of the parent has every operation of its subtree: <c>IFlightsApi : IDomesticApi, IInternationalApi</c>.
/// The interfaces of one tree share their method names, so none hides or repeats another's.
/// </summary>
internal static class TagGroups
{
    public static IReadOnlyList<TagGroup> Group(ApiDocument document, string clientName, Documentation clientDocs, Func<string, string> interfaceName)
    {
        // The tags reader keeps one declaration per name.
        var declared = document.Tags.ToDictionary(t => t.Name, StringComparer.Ordinal);
        bool IsGrouping(string tag) => !declared.TryGetValue(tag, out var t) || t.Kind is null || t.Kind == "nav";
        string? ParentOf(string tag) => declared.TryGetValue(tag, out var t) && t.Parent is { } parent && IsGrouping(parent) ? parent : null;

        var byTag = document.Operations
            .GroupBy(o => o.Tags.FirstOrDefault(IsGrouping) ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ApiOperation>)g.ToList(), StringComparer.Ordinal);

        // Every tag with operations, and every ancestor of one, has an interface.
        var tags = new SortedSet<string>(byTag.Keys, StringComparer.Ordinal);
        foreach (var tag in byTag.Keys.ToList())
        {
            for (var parent = ParentOf(tag); parent is not null && tags.Add(parent); parent = ParentOf(parent))
            {
            }
        }

        var scope = new NameScope(Array.Empty<string>(), ignoreCase: true);
        var names = tags.ToDictionary(t => t, t => scope.Claim(interfaceName(t.Length == 0 ? clientName : IdentifierNames.Pascal(t, clientName))), StringComparer.Ordinal);
        // The top of each tag's chain of parents, each chain followed once and without recursion: a description can
        // nest thousands of tags. Tags have one declaration each and no cycles (the tags reader sees to both).
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string tag)
        {
            var chain = new List<string>();
            var current = tag;
            string? root = null;
            while (root is null)
            {
                if (roots.TryGetValue(current, out var known))
                {
                    root = known;
                }
                else
                {
                    chain.Add(current);
                    if (chain.Count > tags.Count)
                    {
                        throw new InvalidOperationException($"The parents of the tag '{tag}' form a cycle, which the tags reader should have broken.");
                    }

                    if (ParentOf(current) is { } parent)
                    {
                        current = parent;
                    }
                    else
                    {
                        root = current;
                    }
                }
            }

            foreach (var member in chain)
            {
                roots[member] = root;
            }

            return root;
        }

        // Each tag's children, in tag order: found in one pass, not by a scan of every tag per tag.
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            if (tag.Length > 0 && ParentOf(tag) is { } parent)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    list = new List<string>();
                    children.Add(parent, list);
                }

                list.Add(names[tag]);
            }
        }

        return tags
            .Select(tag => new TagGroup(
                names[tag],
                tag.Length == 0 ? clientDocs : Docs(tag, declared),
                byTag.TryGetValue(tag, out var operations) ? operations : Array.Empty<ApiOperation>(),
                children.TryGetValue(tag, out var bases) ? bases : new List<string>(),
                Root(tag)))
            .ToList();
    }

    private static Documentation Docs(string tag, Dictionary<string, ApiTag> declared)
        => declared.TryGetValue(tag, out var t) && (t.Summary ?? t.Description) is { } text
            ? new Documentation(text, t.Summary is null ? null : t.Description)
            : new Documentation(tag, null);
}
