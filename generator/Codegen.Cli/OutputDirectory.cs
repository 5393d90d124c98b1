using System.Buffers;
using Codegen.Generator;
using Microsoft.Win32.SafeHandles;

namespace Codegen.Cli;

/// <summary>
/// Writes generated files into a folder the generator owns: unchanged files are not touched (so
/// timestamps stay and incremental builds stay incremental), files no longer generated are removed.
/// </summary>
/// <remarks>
/// A generated file comes as the bytes to write (UTF-8, no BOM), and it is unchanged when the file on disk holds exactly
/// them. On a rebuild nearly every file is: comparing bytes (length first, from the file system) costs a read, where
/// decoding each file back to a string would cost a read, a decode and a string as large as the file, for a thousand
/// files of a large description. The files come one at a time, as they are emitted. A new file is written in its place;
/// a changed one is first written beside it (<see cref="StagedSuffix"/>), and only once every file has been emitted are
/// the changed ones moved into place. So a generator that fails in the middle (a bug of ours) or a run that is canceled
/// leaves the folder as it was (the new files it wrote are removed again), and a file that was there is never half
/// overwritten. A first run, where every file is new, moves nothing.
/// </remarks>
internal static class OutputDirectory
{
    private const string GeneratedPattern = "*.g.cs";

    /// <summary>What a changed file is written as until every file is emitted; not <see cref="GeneratedPattern"/>, so a build never compiles it.</summary>
    private const string StagedSuffix = ".staged";

    /// <param name="directory">The folder, made if it is not there.</param>
    /// <param name="emit">Hands each file's name and bytes, one at a time, to the writer it is given (<see cref="CodegenPipeline.EmitEach"/>).</param>
    /// <param name="cancellationToken">Looked at before each file: a canceled run changes nothing.</param>
    /// <returns>How many files there are, and how many of them were written (the others were already there as they are).</returns>
    public static (int Files, int Written) Write(string directory, Action<Action<string, ArraySegment<byte>>> emit, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var root = Path.GetFullPath(directory);
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var created = new List<string>();
        var staged = new List<string>();
        try
        {
            emit((name, utf8) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = FullPathIn(root, name);
                expected.Add(path);
                var content = utf8.AsSpan();
                var exists = File.Exists(path);
                if (!exists || !HasContent(path, content))
                {
                    (exists ? staged : created).Add(path);
                    using var handle = File.OpenHandle(exists ? path + StagedSuffix : path, FileMode.Create, FileAccess.Write);
                    RandomAccess.Write(handle, content, fileOffset: 0);
                }
            });
        }
        catch
        {
            foreach (var path in created)
            {
                TryDelete(path);
            }

            foreach (var path in staged)
            {
                TryDelete(path + StagedSuffix);
            }

            throw;
        }

        foreach (var path in staged)
        {
            File.Move(path + StagedSuffix, path, overwrite: true);
        }

        // Files no longer generated, and what a run killed before it could move its staged files left behind.
        foreach (var stale in Directory.EnumerateFiles(root, GeneratedPattern).Concat(Directory.EnumerateFiles(root, GeneratedPattern + StagedSuffix)))
        {
            if (!expected.Contains(stale))
            {
                File.Delete(stale);
            }
        }

        return (expected.Count, created.Count + staged.Count);
    }

    /// <summary>
    /// The full path of the file <paramref name="name"/> in the folder whose full path is <paramref name="root"/>. Generated
    /// names are a namespace and a type name, dotted, then ".g.cs": identifiers, so joined to a full path they are one,
    /// without normalising each of the thousands of a large description again (a name Windows would rename, ending in a
    /// dot or a space, cannot be one). The folder's files, listed from <paramref name="root"/>, come as the same strings.
    /// A name with a separator or a dot segment, which no emitter makes, is normalised.
    /// </summary>
    private static string FullPathIn(string root, string name)
        => name.Length > 0 && name.IndexOfAny(Separators) < 0 && name is not ("." or "..")
            ? Path.Join(root, name)
            : Path.GetFullPath(Path.Combine(root, name));

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>Removes a file of this run after a failure, which is what is reported; one that cannot be removed is left for the next run.</summary>
    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Whether the file at <paramref name="path"/>, which exists, holds exactly <paramref name="content"/>.</summary>
    private static bool HasContent(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
        if (RandomAccess.GetLength(handle) != content.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            var actual = buffer.AsSpan(0, ReadAll(handle, buffer.AsSpan(0, content.Length)));
            return actual.SequenceEqual(content);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the file ends (it may have shrunk since its length was read).</summary>
    private static int ReadAll(SafeFileHandle handle, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[total..], fileOffset: total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
