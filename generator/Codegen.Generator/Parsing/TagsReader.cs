using System;
using System.Collections.Generic;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Reads the document's top-level "tags" list (every version), with OpenAPI 3.2's summary, parent and kind.
/// A parent must name a declared tag and parents must not form a cycle: a tag whose parent breaks either rule
/// is reported and kept at the top, so the hierarchy a later stage builds is always a forest. Tags only group
/// operations, so a malformed list is a warning: before 3.2 this list was not read at all, and it must not now
/// stop a description that generated before.
/// </summary>
internal static class TagsReader
{
    public static ImmutableEquatableArray<ApiTag> Read(ParseContext context, SpecNode rootNode, DocMapping mapping)
    {
        if (mapping.Get("tags") is not { } tagsNode)
        {
            return ImmutableEquatableArray<ApiTag>.Empty;
        }

        var tagsSpec = rootNode.Child(tagsNode, "tags").Shared();
        if (tagsNode is not DocSequence sequence)
        {
            Report(context, tagsSpec, "'tags' is not an array", "it is ignored", "Write it as a list of tag objects");
            return ImmutableEquatableArray<ApiTag>.Empty;
        }

        var tags = new List<(ApiTag Tag, SpecNode ParentNode)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Count; i++)
        {
            var tagSpec = tagsSpec.Child(sequence[i], i);
            if (sequence[i] is not DocMapping tag || tag.GetString("name") is not { } name)
            {
                Report(context, tagSpec, "A tag has no 'name'", "it is ignored", "Give it the name operations use in their 'tags'");
                continue;
            }

            // One declaration per name: a second one with another parent could close a cycle the check below
            // would not see, since it follows one parent per name.
            if (!names.Add(name))
            {
                Report(context, tagSpec, $"The tag '{name}' is declared again", "this declaration is ignored and the first one is used", "Declare each tag once");
                continue;
            }

            var parentNode = tag.Get("parent") is { } parent ? tagSpec.Child(parent, "parent") : tagSpec;
            tags.Add((new ApiTag(name, tag.GetString("summary"), tag.GetString("description"), tag.GetString("parent"), tag.GetString("kind"), ParseContext.Location(tagSpec)), parentNode));
        }

        return CheckParents(context, tags);
    }

    private static ImmutableEquatableArray<ApiTag> CheckParents(ParseContext context, List<(ApiTag Tag, SpecNode ParentNode)> tags)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (tag, _) in tags)
        {
            parents[tag.Name] = tag.Parent;
        }

        var onCycle = OnCycles(parents);
        var result = new List<ApiTag>(tags.Count);
        foreach (var (tag, parentNode) in tags)
        {
            var problem = tag.Parent is null ? null
                : !parents.ContainsKey(tag.Parent) ? "is not a declared tag"
                : onCycle.Contains(tag.Name) ? "leads back to it through the parents"
                : null;
            if (problem is null)
            {
                result.Add(tag);
                continue;
            }

            Report(context, parentNode, $"The tag '{tag.Name}' names the parent '{tag.Parent}', which {problem}", "the tag is treated as a top-level tag", "Declare the parent tag, correct its name, or break the cycle");
            result.Add(tag with { Parent = null });
        }

        return result.ToImmutableEquatableArray();
    }

    private static void Report(ParseContext context, SpecNode node, string found, string consequence, string fix)
        => context.Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.TagNotUsable, ParseContext.Location(node), found, consequence, fix));

    /// <summary>
    /// The tags whose parents lead back to them. Each chain of parents is followed once, whatever the number of tags
    /// on it: following it again from every tag was quadratic in its length, and a description can nest thousands.
    /// </summary>
    private static HashSet<string> OnCycles(Dictionary<string, string?> parents)
    {
        var onCycle = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var walk = new List<string>();
        var positionInWalk = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var start in parents.Keys)
        {
            walk.Clear();
            positionInWalk.Clear();
            string? current = start;
            while (current is not null && !done.Contains(current) && parents.TryGetValue(current, out var next))
            {
                if (positionInWalk.TryGetValue(current, out var first))
                {
                    // Back at a tag of this walk: it and the ones after it form a cycle.
                    for (var i = first; i < walk.Count; i++)
                    {
                        onCycle.Add(walk[i]);
                    }

                    break;
                }

                positionInWalk.Add(current, walk.Count);
                walk.Add(current);
                current = next;
            }

            done.UnionWith(walk);
        }

        return onCycle;
    }
}
