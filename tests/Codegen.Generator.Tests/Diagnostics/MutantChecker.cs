using System.Security.Cryptography;
using System.Text;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Diagnostics;

/// <summary>How a set of mutants ended, and every mutant that ended in neither allowed way.</summary>
public sealed record MutantReport(int Mutants, int Errors, int Clients, int DistinctClients, int Compilations, IReadOnlyList<string> Failures);

/// <summary>
/// Runs broken variants of a description through the generator and holds each to the documented contract: it ends
/// EITHER in a located error (file, line, column inside the input) and no output, OR in a client (interface and JSON
/// context) whose every diagnostic is a located warning and which compiles with Refit's and System.Text.Json's
/// generators and no warning. A generator exception, an error with output, no error and no client, or a client that
/// does not compile is a failure.
/// </summary>
public static class MutantChecker
{
    /// <summary>
    /// Clients per compilation. Bigger batches share more of a compilation's fixed cost, but Refit's analyzer runs once
    /// per interface file at a cost that grows with the compilation, so its share grows with the square of the batch.
    /// Measured on the link-example mutants (78 distinct clients): 16 and 32 cost the least CPU, 64 and 128 a quarter more.
    /// </summary>
    private const int BatchSize = 32;

    public static MutantReport Check(string fileName, IEnumerable<(string Name, string Text)> mutants)
    {
        var specPath = "/specs/" + fileName;
        var failures = new List<string>();
        var (count, errors, clients) = (0, 0, 0);

        // Mutants that differ only where the output does not (examples, unused extensions) give byte-identical clients,
        // which compile alike: each distinct client is compiled once, for every mutant that gave it.
        var distinct = new Dictionary<string, List<(string Name, string Text)>>(StringComparer.Ordinal);
        foreach (var (name, text) in mutants)
        {
            count++;
            GeneratorOutput output;
            try
            {
                output = GeneratorRunner.RunOnText(text, specPath, GeneratedClientBatch.Namespace(0), GeneratedClientBatch.ClientName(0));
            }
            catch (InvalidOperationException exception)
            {
                failures.Add($"{name}: {exception.Message}");
                continue;
            }

            failures.AddRange(output.Diagnostics.Select(d => LocatedDiagnostic.Problem(d, fileName, text)).OfType<string>().Select(p => $"{name}: {p}"));
            if (output.Diagnostics.Any(LocatedDiagnostic.IsError))
            {
                errors++;
                if (output.Files.Count > 0)
                {
                    failures.Add($"{name}: an error, yet {output.Files.Count} files were generated");
                }

                continue;
            }

            clients++;
            if (!HasClient(output, 0))
            {
                failures.Add($"{name}: no error, and no client: [{string.Join(", ", output.Files.Select(f => f.HintName))}]");
                continue;
            }

            var key = Key(output.Files);
            if (!distinct.TryGetValue(key, out var same))
            {
                distinct[key] = same = [];
            }

            same.Add((name, text));
        }

        var groups = distinct.Select(pair => (Key: pair.Key, Mutants: pair.Value)).ToList();
        var compilations = 0;
        foreach (var batch in groups.Chunk(BatchSize))
        {
            compilations++;
            failures.AddRange(CompileBatch(batch, specPath));
        }

        return new MutantReport(count, errors, clients, groups.Count, compilations, failures);
    }

    /// <summary>Regenerates one mutant of each group into its batch slot, compiles the batch once, and names the mutants of every client that did not compile.</summary>
    private static List<string> CompileBatch((string Key, List<(string Name, string Text)> Mutants)[] groups, string specPath)
    {
        var slots = new List<IReadOnlyList<(string HintName, string Text)>>();
        var failures = new List<string>();
        for (var slot = 0; slot < groups.Length; slot++)
        {
            var (name, text) = groups[slot].Mutants[0];
            var output = GeneratorRunner.RunOnText(text, specPath, GeneratedClientBatch.Namespace(slot), GeneratedClientBatch.ClientName(slot));

            // What compiles below stands for every mutant of the group only if it is their client with other names.
            var renamed = output.Files.Select(f => (f.HintName.Replace($"Batch{slot}", "Batch0", StringComparison.Ordinal), f.Text.Replace($"Batch{slot}", "Batch0", StringComparison.Ordinal)));
            if (Key(renamed) != groups[slot].Key)
            {
                failures.Add($"{name}: generated into batch slot {slot}, the client differs by more than its names");
            }

            slots.Add(output.Files);
        }

        var compiled = GeneratedClientBatch.Compile(slots);
        failures.AddRange(compiled.Unattributed.Select(d => $"a batch of {groups.Length} clients ({groups[0].Mutants[0].Name}, ...): {d}"));
        for (var slot = 0; slot < groups.Length; slot++)
        {
            if (compiled.Diagnostics[slot].Count > 0)
            {
                var others = groups[slot].Mutants.Count > 1 ? $" (and {groups[slot].Mutants.Count - 1} mutants with the same output)" : string.Empty;
                failures.Add($"{groups[slot].Mutants[0].Name}{others}: the client does not compile cleanly: {string.Join(" | ", compiled.Diagnostics[slot].Take(3))}");
            }
        }

        return failures;
    }

    /// <summary>A client is its Refit interface and its JSON context; output without them is not a client, whatever else it holds.</summary>
    private static bool HasClient(GeneratorOutput output, int slot)
    {
        var prefix = GeneratedClientBatch.Namespace(slot) + ".";
        var name = GeneratedClientBatch.ClientName(slot);
        return output.Files.Any(f => f.HintName == $"{prefix}I{name}Api.g.cs")
            && output.Files.Any(f => f.HintName == $"{prefix}{name}JsonContext.g.cs");
    }

    private static string Key(IEnumerable<(string HintName, string Text)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (hintName, text) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(hintName + "\0" + text + "\0"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
