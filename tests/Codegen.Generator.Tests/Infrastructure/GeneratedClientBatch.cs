using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Codegen.Generator.Tests.Infrastructure;

/// <summary>What one batch compilation said: each client's own diagnostics, and those that belong to no single client.</summary>
public sealed record BatchCompilation(IReadOnlyList<IReadOnlyList<string>> Diagnostics, IReadOnlyList<string> Unattributed);

/// <summary>
/// Compiles many generated clients in one compilation (Refit's and System.Text.Json's generators running, Refit's
/// analyzer on) and gives each client its own diagnostics. A compilation has a fixed cost (references, generators,
/// emit) that dominates for a small client, so hundreds of small clients compile in a few compilations instead of
/// hundreds. This is sound because client i was generated into its own namespace (<see cref="Namespace"/>) with its
/// own client name (<see cref="ClientName"/>), and generated code names every type global::-qualified: clients cannot
/// see, bind to or clash with each other, and Refit's and System.Text.Json's generators, which name their files after
/// the interface and the context without the namespace, write distinct files. A diagnostic that cannot be traced to
/// exactly one client is returned as unattributed, never dropped.
/// </summary>
public static partial class GeneratedClientBatch
{
    /// <summary>The namespace client <paramref name="index"/> must be generated into.</summary>
    public static string Namespace(int index) => $"Batch{index}.Client";

    /// <summary>The client name client <paramref name="index"/> must be generated with (its interface is I{name}Api, its context {name}JsonContext).</summary>
    public static string ClientName(int index) => $"Batch{index}";

    public static BatchCompilation Compile(IReadOnlyList<IReadOnlyList<(string HintName, string Text)>> clients)
    {
        var owners = new Dictionary<SyntaxTree, int>();
        for (var index = 0; index < clients.Count; index++)
        {
            foreach (var (hintName, text) in clients[index])
            {
                // The generator prefixes every hint name with the namespace; anything else was generated for another slot.
                if (!hintName.StartsWith(Namespace(index) + ".", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Client {index} must be generated into {Namespace(index)}; it has {hintName}", nameof(clients));
                }

                owners.Add(GeneratedCodeCompiler.Parse(hintName, text), index);
            }
        }

        var (diagnostics, _, _) = GeneratedCodeCompiler.CompileTrees(owners.Keys.ToList(), load: false);
        var perClient = clients.Select(_ => new List<string>()).ToList();
        var unattributed = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            var owner = Owner(diagnostic.Location.SourceTree, owners);
            (owner is { } index ? perClient[index] : unattributed).Add(diagnostic.ToString());
        }

        return new BatchCompilation(perClient.Select(d => (IReadOnlyList<string>)d.Distinct().Order(StringComparer.Ordinal).ToList()).ToList(), unattributed.Distinct().ToList());
    }

    /// <summary>
    /// A client's own file, or a file Refit's or System.Text.Json's generator wrote for it: those name the client's
    /// types by their global::-qualified names (or declare its namespace), and only that client's.
    /// </summary>
    private static int? Owner(SyntaxTree? tree, Dictionary<SyntaxTree, int> owners)
    {
        if (tree is null)
        {
            return null;
        }

        if (owners.TryGetValue(tree, out var index))
        {
            return index;
        }

        var named = ClientNamespace().Matches(tree.GetText().ToString())
            .Select(m => int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    [GeneratedRegex(@"\bBatch(?<index>\d+)\.Client\b")]
    private static partial Regex ClientNamespace();
}
