using System.Text;

namespace Codegen.Cli;

/// <summary>
/// Writes generated files into a folder the generator owns: unchanged files are not touched (so
/// timestamps stay and incremental builds stay incremental), files no longer generated are removed.
/// </summary>
internal static class OutputDirectory
{
    private const string GeneratedPattern = "*.g.cs";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static int Write(string directory, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        Directory.CreateDirectory(directory);
        var written = 0;
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(directory, name);
            expected.Add(Path.GetFullPath(path));
            if (File.Exists(path) && File.ReadAllText(path, Utf8NoBom) == text)
            {
                continue;
            }

            File.WriteAllText(path, text, Utf8NoBom);
            written++;
        }

        foreach (var stale in Directory.EnumerateFiles(directory, GeneratedPattern))
        {
            if (!expected.Contains(Path.GetFullPath(stale)))
            {
                File.Delete(stale);
            }
        }

        return written;
    }
}
