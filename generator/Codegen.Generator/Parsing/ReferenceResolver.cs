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
        HashSet<string>? seen = null;
        var current = node;
        if (current.Node is DocMapping mapping
            && mapping.Get("$ref") is { } value
            && value is not DocScalar)
        {
            _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnexpectedNodeType, YamlText.Location(current.File, value), "$ref", "a string"));
            return null;
        }

        while (ReferenceOf(current.Node) is { } reference)
        {
            var target = Find(current.File, reference, current.Node);
            if (target is null)
            {
                return null;
            }

            // Most references are one step to a node that is no reference: no cycle to look for, no set of visited targets.
            if (ReferenceOf(target.Value.Node) is null)
            {
                return target;
            }

            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(target.Value.File + "#" + target.Value.Pointer))
            {
                // Every $ref of the cycle leads here; the cycle is reported once, at the first of them met.
                if (_reportedCycles.Add(string.Join("\n", seen.OrderBy(s => s, StringComparer.Ordinal))))
                {
                    _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.CircularReference, YamlText.Location(current.File, current.Node), reference));
                }

                return null;
            }

            current = target.Value;
        }

        return current;
    }

    /// <summary>The cycles reported, each as its sorted targets.</summary>
    private readonly HashSet<string> _reportedCycles = new(StringComparer.Ordinal);

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
