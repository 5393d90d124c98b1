using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>Follows $refs, within a file or across the loaded files, by JSON pointer.</summary>
internal sealed class ReferenceResolver
{
    private readonly SpecLoadResult _load;
    private readonly List<SpecDiagnostic> _diagnostics;

    public ReferenceResolver(SpecLoadResult load, List<SpecDiagnostic> diagnostics)
    {
        _load = load;
        _diagnostics = diagnostics;
    }

    public static string? ReferenceOf(DocNode node)
        => node is DocMapping mapping && mapping.TryGetScalar("$ref", out var reference, out _) ? reference : null;

    /// <summary>
    /// Returns the node itself when it is not a reference; otherwise the node the chain of $refs ends
    /// at. Returns null, after reporting why, when a reference cannot be followed.
    /// </summary>
    public SpecNode? Resolve(SpecNode node)
    {
        if (ReferenceOf(node.Node) is not { } reference)
        {
            // A "$ref" that is not a scalar (asked for only here: a scalar one, the rule, is read as text, not made a node).
            if (node.Node is DocMapping mapping && mapping.Get("$ref") is { } value)
            {
                _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnexpectedNodeType, YamlText.Location(node.File, value), "$ref", "a string"));
                return null;
            }

            return node;
        }

        var target = Find(node.File, reference, node.Node);

        // Most references are one step to a node that is no reference: no chain to follow.
        if (target is null || ReferenceOf(target.Value.Node) is null)
        {
            return target;
        }

        var end = ChainEndFrom(target.Value);
        if (end.Failures is not null)
        {
            _diagnostics.AddRange(end.Failures);
        }
        else if (end.CycleClosedAt is { } closing && _reportedCycles.Add(end.Cycle!))
        {
            // Once for each set of $refs a walk passes: once from the $refs on the cycle, once from each $ref leading into it.
            _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.CircularReference, YamlText.Location(closing.File, closing.Node), ReferenceOf(closing.Node)!));
        }

        return end.Target;
    }

    /// <summary>
    /// Where a chain of $refs goes from one of its references: the node it ends at, or what the $ref that could not
    /// be followed reported, or the cycle it runs into.
    /// </summary>
    /// <param name="CycleClosedAt">The $ref that comes back to a reference already passed, where the cycle is reported.</param>
    /// <param name="Cycle">
    /// Which cycle report this is: a chain from a reference sees the references it passes, so every reference on a
    /// cycle shares one, and a reference leading into a cycle has one of its own.
    /// </param>
    private sealed record ChainEnd(SpecNode? Target, IReadOnlyList<SpecDiagnostic>? Failures, SpecNode? CycleClosedAt, object? Cycle);

    /// <summary>Where the chain goes from each reference that is the target of another, by file and pointer.</summary>
    private readonly Dictionary<string, ChainEnd> _chainEnds = new(StringComparer.Ordinal);

    /// <summary>The cycle reports made, so that each is made once.</summary>
    private readonly HashSet<object> _reportedCycles = new();

    /// <summary>
    /// Follows the chain from <paramref name="start"/>, a reference, and keeps where it goes for every reference on the
    /// way: every component of a chain of thousands of aliases is read, and each must not walk the rest of it again.
    /// </summary>
    private ChainEnd ChainEndFrom(SpecNode start)
    {
        var startKey = KeyOf(start);
        var path = new List<(SpecNode Node, string Key)>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var current = start;
        var key = startKey;
        while (true)
        {
            if (_chainEnds.TryGetValue(key, out var known))
            {
                KeepLeadingTo(path, known);
                break;
            }

            if (positions.TryGetValue(key, out var cycleStart))
            {
                // From a reference on the cycle, the walk stops when it comes back to that reference.
                var cycle = new object();
                for (var i = cycleStart; i < path.Count; i++)
                {
                    _chainEnds[path[i].Key] = new ChainEnd(null, null, path[i == cycleStart ? path.Count - 1 : i - 1].Node, cycle);
                }

                KeepLeadingTo(path.GetRange(0, cycleStart), _chainEnds[key]);
                break;
            }

            positions.Add(key, path.Count);
            path.Add((current, key));
            var diagnosticsBefore = _diagnostics.Count;
            var next = Find(current.File, ReferenceOf(current.Node)!, current.Node);
            if (next is null || ReferenceOf(next.Value.Node) is null)
            {
                // What a failed reference reported is reported again by every chain through it, as if followed again.
                KeepLeadingTo(path, next is null
                    ? new ChainEnd(null, _diagnostics.GetRange(diagnosticsBefore, _diagnostics.Count - diagnosticsBefore), null, null)
                    : new ChainEnd(next, null, null, null));
                break;
            }

            current = next.Value;
            key = KeyOf(current);
        }

        return _chainEnds[startKey];
    }

    private static string KeyOf(SpecNode node) => node.File + "#" + node.Pointer;

    /// <summary>
    /// The references passed end as the chain they lead into. Into a cycle, each from outside: the walk stops where it
    /// first comes back (the same $ref for all of them), but each saw references the others did not, so its report is its own.
    /// </summary>
    private void KeepLeadingTo(List<(SpecNode Node, string Key)> passed, ChainEnd end)
    {
        foreach (var (_, key) in passed)
        {
            _chainEnds[key] = end.Cycle is null ? end : end with { Cycle = new object() };
        }
    }

    /// <summary>
    /// Targets found, by referring file and reference: the same $ref is written many times, and walking its
    /// pointer again would give the same node. Only successes are kept; a failure is reported where it is written.
    /// </summary>
    private readonly Dictionary<(string File, string Reference), SpecNode> _found = new();

    private SpecNode? Find(string referringFile, string reference, DocNode referringNode)
    {
        if (_found.TryGetValue((referringFile, reference), out var known))
        {
            return known;
        }

        var found = FindUncached(referringFile, reference, YamlText.Location(referringFile, referringNode));
        if (found is { } target)
        {
            _found.Add((referringFile, reference), target);
        }

        return found;
    }

    private SpecNode? FindUncached(string referringFile, string reference, SourceLocation location)
    {
        if (SpecPath.IsRemote(reference))
        {
            // Already reported once by the loader; the operation or schema using it is skipped.
            return null;
        }

        var filePart = SpecLoader.FilePart(reference);
        var file = filePart.Length == 0 ? referringFile : SpecPath.Resolve(referringFile, filePart);
        if (!_load.Files.TryGetValue(file, out var specFile))
        {
            // The loader reported unreadable or disallowed files; report here only what it could not know.
            if (filePart.Length == 0)
            {
                _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnresolvedReference, location, reference, "the file is not loaded"));
            }

            return null;
        }

        var hash = reference.IndexOf('#');
        var pointer = hash < 0 ? string.Empty : reference.Substring(hash + 1);
        var node = new SpecNode(specFile.Root, file);
        if (pointer.Length == 0)
        {
            // Another file may be a schema or a path item as a whole; the description itself never is.
            if (file == _load.RootPath)
            {
                _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnresolvedReference, location, reference, "it names the whole description, not a part of it"));
                return null;
            }

            return node;
        }

        if (!pointer.StartsWith("/", StringComparison.Ordinal))
        {
            _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnresolvedReference, location, reference, "the fragment must be a JSON pointer starting with '/'"));
            return null;
        }

        foreach (var rawSegment in pointer.Substring(1).Split('/'))
        {
            var segment = Uri.UnescapeDataString(rawSegment).Replace("~1", "/").Replace("~0", "~");
            DocNode? next = null;
            if (node.Node is DocMapping mapping)
            {
                next = mapping.Get(segment);
            }
            else if (node.Node is DocSequence sequence
                     && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                     && index < sequence.Count)
            {
                next = sequence[index];
            }

            if (next is null)
            {
                _diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticDescriptors.UnresolvedReference, location, reference, $"'{segment}' is not found in {SpecPath.FileName(file)}"));
                return null;
            }

            node = node.Child(next, segment);
        }

        // Kept in the cache of targets, and asked its id at every use of the reference.
        return node.Shared();
    }
}
