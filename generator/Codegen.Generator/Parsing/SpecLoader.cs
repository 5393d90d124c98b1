using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>Options that govern how far a description may reach for the files it refers to.</summary>
internal sealed record SpecLoadOptions(bool AllowReferencesOutsideSpecFolder)
{
    public static SpecLoadOptions Default { get; } = new(AllowReferencesOutsideSpecFolder: false);
}

/// <summary>The root file and every file its $refs reach, loaded once each.</summary>
internal sealed class SpecLoadResult
{
    public SpecLoadResult(string rootPath, IReadOnlyDictionary<string, SpecFile> files, IReadOnlyList<SpecDiagnostic> diagnostics)
    {
        RootPath = rootPath;
        Files = files;
        Diagnostics = diagnostics;
    }

    public string RootPath { get; }

    public string RootFolder => SpecPath.DirectoryOf(RootPath);

    public IReadOnlyDictionary<string, SpecFile> Files { get; }

    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }

    /// <summary>Every file that was read, in ordinal order: the inputs a build must watch.</summary>
    public IEnumerable<string> FilePaths => Files.Keys.OrderBy(p => p, StringComparer.Ordinal);
}

/// <summary>
/// Loads a description and, transitively, the files its $refs name. File access goes through a
/// callback so the same code runs inside the compiler (additional files) and in the host tool (disk).
/// Remote references are never fetched; references outside the spec's folder need an explicit option.
/// </summary>
internal static class SpecLoader
{
    public static SpecLoadResult Load(string rootPath, string rootText, Func<string, string?> readFile, SpecLoadOptions options)
    {
        var root = SpecPath.Normalize(rootPath);
        var files = new Dictionary<string, SpecFile>(StringComparer.Ordinal);
        var diagnostics = new List<SpecDiagnostic>();
        // Each file with whether it may name others: when our readers saw no such $ref, it is not walked for them.
        var pending = new Queue<(SpecFile File, bool MayReferToFiles)>();

        var rootNode = YamlText.Parse(root, rootText, out var rootError, out var rootMayReferToFiles);
        if (rootNode is null)
        {
            diagnostics.Add(rootError!);
            return new SpecLoadResult(root, files, diagnostics);
        }

        var rootFile = new SpecFile(root, rootNode);
        files.Add(root, rootFile);
        pending.Enqueue((rootFile, rootMayReferToFiles));
        var rootFolder = SpecPath.DirectoryOf(root);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);

        while (pending.Count > 0)
        {
            var (file, mayReferToFiles) = pending.Dequeue();
            if (!mayReferToFiles)
            {
                continue;
            }

            foreach (var (reference, node) in ExternalReferences(file.Root, file.Path, diagnostics))
            {
                var location = YamlText.Location(file.Path, node);
                if (SpecPath.IsRemote(reference))
                {
                    diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.RemoteReference, location, reference));
                    continue;
                }

                var target = SpecPath.Resolve(file.Path, FilePart(reference));
                if (!options.AllowReferencesOutsideSpecFolder && !SpecPath.IsUnder(target, rootFolder))
                {
                    diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.ReferenceOutsideSpecFolder, location, reference));
                    continue;
                }

                if (files.ContainsKey(target) || unreadable.Contains(target))
                {
                    continue;
                }

                var text = readFile(target);
                if (text is null)
                {
                    unreadable.Add(target);
                    diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnreadableFile, location, target));
                    continue;
                }

                var parsed = YamlText.Parse(target, text, out var error, out var parsedMayReferToFiles);
                if (parsed is null)
                {
                    unreadable.Add(target);
                    diagnostics.Add(error!);
                    continue;
                }

                var loaded = new SpecFile(target, parsed);
                files.Add(target, loaded);
                pending.Enqueue((loaded, parsedMayReferToFiles));
            }
        }

        return new SpecLoadResult(root, files, diagnostics);
    }

    public static string FilePart(string reference)
    {
        var hash = reference.IndexOf('#');
        return Uri.UnescapeDataString(hash < 0 ? reference : reference.Substring(0, hash));
    }

    /// <summary>
    /// Every "$ref" whose value names another file, with the node that holds it. The same walk reports
    /// keys that are not strings (YAML allows them, JSON and OpenAPI do not), which readers would otherwise skip silently.
    /// </summary>
    private static IEnumerable<(string Reference, DocNode Node)> ExternalReferences(DocNode root, string path, List<SpecDiagnostic> diagnostics)
    {
        var stack = new Stack<DocNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case DocMapping mapping:
                    for (var i = 0; i < mapping.Count; i++)
                    {
                        var key = mapping.KeyTextAt(i);
                        var entryValue = mapping.ValueAt(i);
                        if (key is null)
                        {
                            diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnexpectedNodeType, YamlText.Location(path, mapping.KeyAt(i)), "A key", "a string"));
                            continue;
                        }

                        // A reference within the file ("#/...") names no other file; most are, so they skip the unescaping.
                        if (FileReferences.Target(key, entryValue) is { } value && FilePart(value).Length > 0)
                        {
                            yield return (value, entryValue);
                        }
                        else if (entryValue is DocMapping or DocSequence)
                        {
                            // Only collections can hold a $ref; most values are scalars, not worth a push and a pop.
                            stack.Push(entryValue);
                        }
                    }

                    break;
                case DocSequence sequence:
                    for (var i = 0; i < sequence.Count; i++)
                    {
                        if (sequence[i] is DocMapping or DocSequence)
                        {
                            stack.Push(sequence[i]);
                        }
                    }

                    break;
            }
        }
    }
}
