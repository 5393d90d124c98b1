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
        for (var i = 0; i < sequence.Count; i++)
        {
            var tagSpec = tagsSpec.Child(sequence[i], i);
            if (sequence[i] is not DocMapping tag || tag.GetString("name") is not { } name)
            {
                Report(context, tagSpec, "A tag has no 'name'", "it is ignored", "Give it the name operations use in their 'tags'");
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

        var result = new List<ApiTag>(tags.Count);
        foreach (var (tag, parentNode) in tags)
        {
            var problem = tag.Parent is null ? null
                : !parents.ContainsKey(tag.Parent) ? "is not a declared tag"
                : LeadsBackTo(tag.Name, parents) ? "leads back to it through the parents"
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

    /// <summary>True when following parents from <paramref name="name"/> comes back to it.</summary>
    private static bool LeadsBackTo(string name, Dictionary<string, string?> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        for (var current = parents[name]; current is not null && parents.TryGetValue(current, out var next); current = next)
        {
            if (!seen.Add(current))
            {
                return current == name;
            }
        }

        return false;
    }
}
