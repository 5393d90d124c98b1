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
/// files of a large description.
/// </remarks>
internal static class OutputDirectory
{
    private const string GeneratedPattern = "*.g.cs";

    /// <param name="directory">The folder, made if it is not there.</param>
    /// <param name="emit">Hands each file's name and bytes, one at a time, to the writer it is given (<see cref="CodegenPipeline.EmitEach"/>).</param>
    /// <returns>How many files there are, and how many of them were written (the others were already there as they are).</returns>
    public static (int Files, int Written) Write(string directory, Action<Action<string, ArraySegment<byte>>> emit)
    {
        Directory.CreateDirectory(directory);
        var written = 0;
        var expected = new HashSet<string>(StringComparer.Ordinal);
        emit((name, utf8) =>
        {
            var path = Path.Combine(directory, name);
            expected.Add(Path.GetFullPath(path));
            var content = utf8.AsSpan();
            if (!HasContent(path, content))
            {
                using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
                RandomAccess.Write(handle, content, fileOffset: 0);
                written++;
            }
        });

        foreach (var stale in Directory.EnumerateFiles(directory, GeneratedPattern))
        {
            if (!expected.Contains(Path.GetFullPath(stale)))
            {
                File.Delete(stale);
            }
        }

        return (expected.Count, written);
    }

    /// <summary>Whether the file at <paramref name="path"/> exists and holds exactly <paramref name="content"/>.</summary>
    private static bool HasContent(string path, ReadOnlySpan<byte> content)
    {
        if (!File.Exists(path))
        {
            return false;
        }

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
